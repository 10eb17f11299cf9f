/** Half of a deliberate import cycle, for tests/architecture.test.ts to find. */
import { b } from './cycle-b';

export const a = () => b;
