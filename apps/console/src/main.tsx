import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { App } from './App';
import { publicPagePath, publicRegistration as PublicRegistration, unsubscribe as Unsubscribe, unsubscribePagePath } from './events';

// Real paths (/organisations/12/show) rather than hash URLs: the API answers index.html for them.
// A data router, so react-admin's navigation blockers work. An event's public registration page
// and a registrant's unsubscribe page are for people without an account: they live beside the console, out of its login.
const router = createBrowserRouter([
  {
    path: publicPagePath(':token'),
    element: (
      <Suspense fallback={null}>
        <PublicRegistration />
      </Suspense>
    ),
  },
  {
    path: unsubscribePagePath(':token'),
    element: (
      <Suspense fallback={null}>
        <Unsubscribe />
      </Suspense>
    ),
  },
  { path: '*', element: <App /> },
]);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    {/* Location changes render at once, not as transitions: react-admin's logout navigates to the
        login page and clears its caches in the same tick, and a deferred location would let the
        old page notice the cleared session and log out again, over and over. */}
    <RouterProvider router={router} useTransitions={false} />
  </StrictMode>,
);
