/** `<credit-requests>`: loading, error, empty, and pending / accepted / rejected requests. */
import { commonStates, group, type Scenario } from '../scenario.js';

const s = group('credit-requests');
const html = '<credit-requests></credit-requests>';

export const requestsScenarios: Scenario[] = [
  ...commonStates(s, { preset: 'agency-credits', html }, '/credit-requests'),
  s('empty', 'agency-credits: no requests yet', { preset: 'agency-credits', html }),
  s('list', 'Accepted bank transfer, rejected crypto (with the note), pending bank transfer', {
    preset: 'agency-credits',
    html,
    setup: [
      { op: 'request', method: 'bank_transfer', packageId: 'agency-500' },
      { op: 'decide', accept: true },
      { op: 'request', method: 'crypto', packageId: 'agency-100' },
      { op: 'decide', accept: false, note: 'No payment received within 14 days.' },
      { op: 'request', method: 'bank_transfer', packageId: 'agency-1000' },
    ],
  }),
];
