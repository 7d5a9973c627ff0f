/**
 * The facts of a resource kind that outputs need, passed on from the kind registry: reports may
 * import the engine, not inventory/, so they read kind facts here.
 */
export { asffTypeOf } from '../inventory/resources.js';
