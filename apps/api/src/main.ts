import './config/check-environment';
import 'reflect-metadata';
import { createApp } from './bootstrap';
import { loadConfig } from './config/app-config';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  // Every IPv4 interface, as in a container (Fastify alone would listen on localhost only).
  await app.listen(config.PORT, '0.0.0.0');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
