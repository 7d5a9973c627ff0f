import { cloudFormationReader } from '../cloudformation/index.js';
import type { IacReader } from './reader.js';

/** Every IaC format, tried in order. */
export const IAC_READERS: readonly IacReader[] = [cloudFormationReader];
