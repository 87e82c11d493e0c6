import '../config/check-environment';
import { DEFAULT_LOCALE, translateFields } from '@resacoop/domain';
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { createInterface } from 'node:readline/promises';
import { AppModule } from '../app.module';
import { ValidationFailed, type FieldErrors } from '../common/app-exception';
import { toFieldErrors } from '../common/validation';
import { loadConfig } from '../config/app-config';
import { CreateUserDto } from '../users/dto/user.dto';
import { UsersService } from '../users/users.service';

/**
 * Creates an admin account: the way to get the first one in production, where no demo user exists.
 * Reads ADMIN_EMAIL, ADMIN_NAME and ADMIN_PASSWORD, or asks for them.
 */
async function main(): Promise<void> {
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const ask = async (variable: string, question: string) => process.env[variable] || (await prompt.question(question));
  const email = await ask('ADMIN_EMAIL', 'E-mail: ');
  const fullName = await ask('ADMIN_NAME', 'Full name: ');
  const password = await ask('ADMIN_PASSWORD', 'Password (12 characters at least): ');
  prompt.close();
  const admin = plainToInstance(CreateUserDto, { email, fullName, role: 'admin', password });
  const errors = validateSync(admin, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) throw new ValidationFailed(toFieldErrors(errors));
  const app = await NestFactory.createApplicationContext(AppModule.with(loadConfig()), { logger: ['error'] });
  try {
    const user = await app.get(UsersService).create(null, admin);
    console.log(`Admin ${user.email} created (id ${user.id}).`);
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  const errors = (error as { errors?: FieldErrors }).errors;
  console.error(
    errors
      ? Object.entries(translateFields(errors, DEFAULT_LOCALE))
          .map(([field, why]) => `${field}: ${why}`)
          .join('\n')
      : error instanceof Error
        ? error.message
        : error,
  );
  process.exit(1);
});
