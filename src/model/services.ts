import type { ServiceId, ServiceModel } from './responsibility.js';

/**
 * The responsibility model, one entry per service. Filled in src/model/services/*.ts.
 * PLACEHOLDER until the model data lands.
 */
export const SERVICES: readonly ServiceModel[] = [];

const BY_ID = new Map<ServiceId, ServiceModel>(SERVICES.map((s) => [s.id, s]));

export function serviceModel(id: ServiceId): ServiceModel {
  const model = BY_ID.get(id);
  if (!model) throw new Error(`no responsibility model for service '${id}'`);
  return model;
}
