import { Login, LoginForm, PasswordInput, TextInput, email, required, useTranslate } from 'react-admin';

/** Sign-in with the email address (the API's login takes `{ email, password }`). */
export const LoginPage = () => {
  const translate = useTranslate();
  return (
    <Login>
      <LoginForm>
        <TextInput
          autoFocus
          source="email"
          type="email"
          label={translate('resacoop.auth.email')}
          autoComplete="username"
          validate={[required(), email()]}
        />
        <PasswordInput source="password" label={translate('ra.auth.password')} autoComplete="current-password" validate={required()} />
      </LoginForm>
    </Login>
  );
};
