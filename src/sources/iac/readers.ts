import { cloudFormationReader } from '../cloudformation/index.js';
import { terraformPlanReader } from '../terraform/index.js';
import type { IacReader } from './reader.js';

/** Every IaC format, tried in order; a plan's `format_version` is the less ambiguous sign, so first. */
export const IAC_READERS: readonly IacReader[] = [terraformPlanReader, cloudFormationReader];
