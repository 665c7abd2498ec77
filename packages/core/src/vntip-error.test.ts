import { describe, expect, it } from 'vitest';
import { createIssue } from './create-issue';
import { isVntipError, ValidationError, VntipError } from './vntip-error';

describe('VntipError', () => {
  it('prefixes the message with the scope and keeps code and cause', () => {
    const cause = new Error('disk full');
    const error = new VntipError('INTERNAL', 'Could not write. Free some space.', {
      cause,
      scope: 'validate',
    });
    expect(error.message).toBe('[vntip] [validate] Could not write. Free some space.');
    expect(error.code).toBe('INTERNAL');
    expect(error.cause).toBe(cause);
    expect(error.name).toBe('VntipError');
  });
});

describe('ValidationError', () => {
  it('carries the issues and counts the errors', () => {
    const issues = [
      createIssue({ code: 'unknown_field' }),
      createIssue({ code: 'unknown_code', severity: 'warning' }),
    ];
    const error = new ValidationError(issues);
    expect(error.issues).toBe(issues);
    expect(error.message).toContain('1 error(s)');
    expect(error.code).toBe('VALIDATION_FAILED');
  });
});

describe('isVntipError', () => {
  it('recognises the brand, not just the class', () => {
    expect(isVntipError(new VntipError('INTERNAL', 'x'))).toBe(true);
    expect(isVntipError({ [Symbol.for('vntip.error')]: true })).toBe(true);
    expect(isVntipError(new Error('x'))).toBe(false);
    expect(isVntipError(null)).toBe(false);
  });
});
