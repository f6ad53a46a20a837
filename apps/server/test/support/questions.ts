/**
 * Questions the load tests send: a mix that the offline engine answers, refuses (a modification,
 * something out of scope) or cannot map. Written for these tests, not taken from the eval set.
 */
export const LOAD_QUESTIONS: readonly string[] = [
  'How many events are there?',
  'List the companies in Singapore',
  'Which events take place in 2025?',
  'How many people work in sales?',
  'Show me events in the United States',
  'Which companies have more than 1000 employees?',
  'Count the people per country',
  'Remove every company from the database',
  'What is the capital of France?',
  'zxqv plorb frindle',
];
