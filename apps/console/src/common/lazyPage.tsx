import { lazy, type ComponentType, type ReactNode } from 'react';

/** A page whose code is a chunk of its own, with a way to fetch that chunk ahead of time. */
export type LazyPage<Props extends object> = ((props: Props) => ReactNode) & { preload(): Promise<ComponentType<Props>> };

/**
 * `React.lazy`, plus `preload()`, after which the page renders at once, without suspending. A
 * lazy component suspends on its first render even when its chunk is already there, and React
 * then holds the fallback on screen a while (it throttles the reveal of Suspense boundaries by
 * about 300 ms): after a login, the layout and then the home page each paid it.
 */
export function lazyPage<Props extends object>(load: () => Promise<ComponentType<Props>>): LazyPage<Props> {
  let loaded: ComponentType<Props> | null = null;
  let pending: Promise<ComponentType<Props>> | null = null;
  const preload = () => {
    pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = null; // a failed fetch (network hiccup, new deployment) is tried again next time
        throw error;
      },
    );
    return pending;
  };
  const Suspending = lazy(() => preload().then((component) => ({ default: component })));
  const Page = (props: Props) => {
    const Loaded = loaded;
    return Loaded ? <Loaded {...props} /> : <Suspending {...props} />;
  };
  return Object.assign(Page, { preload });
}
