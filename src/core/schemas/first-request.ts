/**
 * The schemas a page needs for its first amount: the account and problem
 * details. The HTTP adapter loads this (with zod) as soon as an adapter exists,
 * so the first answer is checked without waiting for every other schema.
 */
export { account } from './account.js';
export { problem } from './common.js';
