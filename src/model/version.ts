/**
 * The version of the responsibility model (services, domains, duties, regions) this build judges by:
 * the date its content was last reviewed against AWS's pages. Printed in every output, so two
 * results judged by different models can be told apart.
 */
export const MODEL_VERSION = '2026-12-05';
