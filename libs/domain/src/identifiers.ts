/** Luhn checksum over a string of digits, as INSEE uses for SIREN and SIRET numbers. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit >= 10) digit -= 9;
    }
    // Stryker disable next-line AssignmentOperator: a sum and its opposite are multiples of 10 together
    sum += digit;
  }
  return sum % 10 === 0;
}

/** La Poste's establishments are numbered under SIREN 356000000 with a digit sum rule instead of Luhn. */
const LA_POSTE_SIREN = '356000000';

/** A SIRET: 14 digits whose Luhn checksum holds. */
export function isValidSiret(value: string): boolean {
  if (!/^\d{14}$/.test(value)) return false;
  if (value.startsWith(LA_POSTE_SIREN)) {
    // Stryker disable next-line ArithmeticOperator: a sum and its opposite are multiples of 5 together
    const digitSum = [...value].reduce((sum, d) => sum + Number(d), 0);
    return digitSum % 5 === 0;
  }
  return passesLuhn(value);
}

/** An RNA number (Répertoire national des associations): W followed by 9 digits. */
export function isValidRna(value: string): boolean {
  return /^W\d{9}$/.test(value);
}

/** Strips the spaces people type inside SIRET numbers ("123 456 789 00012"). */
export function normaliseSiret(value: string): string {
  return value.replace(/\s/g, '');
}
