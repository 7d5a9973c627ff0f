import { PARTITIONS, partitionOfRegion } from '../../model/regions.js';
import { INTRINSIC_FUNCTIONS, intrinsicName, RULE_FUNCTIONS } from './intrinsics.js';
import type { Template } from './parse.js';
import { TemplateError } from './template-error.js';
import { containsUnknown, int, isRecord, literal, NO_VALUE, plainJson, Symbolic, Unknown } from './values.js';

/** One entry of the template's Resources section. */
export interface ResourceDecl {
  logicalId: string;
  type: string;
  /** Properties, Condition, Metadata, DependsOn … as written. */
  definition: Record<string, unknown>;
  line: number | undefined;
}

/** What Ref and Fn::GetAtt return for the template's own resources; the mappers know per type. */
export interface PhysicalIds {
  ref(decl: ResourceDecl, resolver: Resolver): unknown;
  attribute(decl: ResourceDecl, attribute: string, resolver: Resolver): unknown;
}

const INCLUDED = 'Fn::Transform (AWS::Include or a macro) replaces this part of the template at deployment';

/** The one-line reason a template rewritten by a macro is not scanned. */
export function macroMessage(name: string): string {
  return `transform ${name} is a macro that rewrites the template at deploy time; demarc cannot expand it, so the template is not scanned`;
}

/** The name of a transform as written (`Name: AWS::Include` or a bare name). */
export function includeName(raw: unknown): string {
  if (typeof raw === 'string') return raw;
  return isRecord(raw) && typeof raw.Name === 'string' ? raw.Name : 'without a name';
}

/** Pseudo parameters whose value, unless given, is one fixed string unknown before deployment. */
const SYMBOLIC_PSEUDO = new Set(['AWS::AccountId', 'AWS::Region', 'AWS::StackName', 'AWS::StackId']);

/**
 * Evaluates a template's intrinsic functions against its parameters (defaults and --parameter
 * values), mappings, conditions and pseudo parameters. What cannot be known before deployment
 * becomes Unknown (or Symbolic for the account, region and stack name): never a guess.
 */
export class Resolver {
  readonly resources = new Map<string, ResourceDecl>();
  private readonly parameterValues = new Map<string, unknown>();
  private readonly conditionValues = new Map<string, boolean | Unknown>();
  private readonly conditionsInProgress = new Set<string>();
  private readonly propertyCache = new Map<string, unknown>();
  private readonly refsInProgress = new Set<string>();
  private readonly conditions: Record<string, unknown>;
  private readonly mappings: Record<string, unknown>;
  /** Line of the resource being evaluated, for errors. */
  private line: number | undefined;

  constructor(
    template: Template,
    private readonly given: Readonly<Record<string, string>>,
    private readonly physical: PhysicalIds,
  ) {
    const { body } = template;
    this.conditions = isRecord(body.Conditions) ? body.Conditions : {};
    this.mappings = isRecord(body.Mappings) ? body.Mappings : {};
    const parameters = isRecord(body.Parameters) ? body.Parameters : {};
    for (const [name, spec] of Object.entries(parameters)) {
      this.parameterValues.set(name, parameterValue(name, isRecord(spec) ? spec : {}, own(given, name)));
    }
    const resources = body.Resources;
    if (!isRecord(resources)) throw new TemplateError('the template has no Resources section', 1);
    for (const [logicalId, definition] of Object.entries(resources)) {
      const line = template.resourceLines.get(logicalId);
      if (logicalId === 'Fn::Transform') throw new TemplateError(macroMessage(includeName(definition)), line);
      if (logicalId.startsWith('Fn::ForEach::')) {
        throw new TemplateError(`${logicalId}: Fn::ForEach (AWS::LanguageExtensions) is not supported`, line);
      }
      if (!isRecord(definition) || typeof definition.Type !== 'string') {
        throw new TemplateError(`resource ${logicalId} has no Type`, line);
      }
      // CloudFormation refuses such a template; read as empty, it would be judged on AWS's defaults.
      const properties = definition.Properties;
      if (properties !== undefined && properties !== null && !isRecord(properties)) {
        throw new TemplateError(
          `resource ${logicalId}: Properties must be a mapping, not ${Array.isArray(properties) ? 'a list' : `the ${typeof properties} ${JSON.stringify(properties).slice(0, 40)}`}`,
          line,
        );
      }
      this.resources.set(logicalId, { logicalId, type: definition.Type, definition, line });
    }
  }

  /** The region the template is deployed to, if given. */
  get region(): string | undefined {
    return own(this.given, 'AWS::Region');
  }

  get account(): string | undefined {
    return own(this.given, 'AWS::AccountId');
  }

  /** Whether a resource is created: its Condition, if any. */
  exists(decl: ResourceDecl): boolean | Unknown {
    const name = decl.definition.Condition;
    if (name === undefined) return true;
    if (typeof name !== 'string')
      throw new TemplateError(`resource ${decl.logicalId}: Condition is not a name`, decl.line);
    return this.at(decl.line, () => this.condition(name));
  }

  /** The resolved Properties of a resource (an object, possibly holding Unknowns). */
  properties(decl: ResourceDecl): unknown {
    if (this.propertyCache.has(decl.logicalId)) return this.propertyCache.get(decl.logicalId);
    const value = Object.hasOwn(decl.definition, 'Fn::Transform')
      ? new Unknown(INCLUDED)
      : this.at(decl.line, () => this.value(decl.definition.Properties ?? {}));
    this.propertyCache.set(decl.logicalId, value);
    return value;
  }

  /** Resolves a raw template value in the context of a resource (for its line in errors). */
  valueAt(decl: ResourceDecl, raw: unknown): unknown {
    return this.at(decl.line, () => this.value(raw));
  }

  private at<T>(line: number | undefined, run: () => T): T {
    const outer = this.line;
    this.line = line;
    try {
      return run();
    } finally {
      this.line = outer;
    }
  }

  value(raw: unknown): unknown {
    if (raw === null || typeof raw !== 'object') {
      if (typeof raw === 'string' && raw.includes('{{resolve:')) {
        return new Unknown(`dynamic reference ${raw} is resolved at deployment`);
      }
      return raw;
    }
    if (raw instanceof Unknown || raw instanceof Symbolic) return raw;
    if (Array.isArray(raw)) {
      const out: unknown[] = [];
      for (const item of raw) {
        const v = this.value(item);
        if (v !== NO_VALUE) out.push(v);
      }
      return out;
    }
    const record = raw as Record<string, unknown>;
    // AWS::Include replaces the whole object it sits in, other keys included, at deployment.
    if (Object.hasOwn(record, 'Fn::Transform')) return new Unknown(INCLUDED);
    const fn = intrinsicName(record);
    if (fn) return this.intrinsic(fn, record[fn]);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(record)) {
      const v = this.value(record[key]);
      if (v === NO_VALUE) continue;
      if (key === '__proto__') {
        Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
      } else {
        out[key] = v;
      }
    }
    return out;
  }

  private fail(message: string): never {
    throw new TemplateError(message, this.line);
  }

  private intrinsic(fn: string, arg: unknown): unknown {
    switch (fn) {
      case 'Ref':
        if (typeof arg !== 'string') this.fail('Ref needs the name of a parameter or resource');
        return this.ref(arg);
      case 'Fn::GetAtt':
        return this.getAtt(arg);
      case 'Fn::Sub':
        return this.sub(arg);
      case 'Fn::Join':
        return this.join(arg);
      case 'Fn::Select':
        return this.select(arg);
      case 'Fn::Split':
        return this.split(arg);
      case 'Fn::FindInMap':
        return this.findInMap(arg);
      case 'Fn::If':
        return this.ifValue(arg);
      case 'Fn::Equals':
      case 'Fn::And':
      case 'Fn::Or':
      case 'Fn::Not':
        return this.conditionValue({ [fn]: arg });
      case 'Fn::Base64': {
        const v = this.value(arg);
        return typeof v === 'string' ? Buffer.from(v).toString('base64') : unknownFrom(v, 'Fn::Base64 input');
      }
      case 'Fn::Length': {
        const v = this.value(arg);
        return Array.isArray(v) ? v.length : unknownFrom(v, 'Fn::Length input');
      }
      case 'Fn::ToJsonString': {
        const v = this.value(arg);
        if (containsUnknown(v)) return new Unknown('Fn::ToJsonString of a value with unknown parts');
        return JSON.stringify(plainJson(v));
      }
      case 'Fn::GetAZs':
        return new Unknown('the availability zones of the region are known at deployment');
      case 'Fn::ImportValue':
        return new Unknown('Fn::ImportValue reads a value exported by another stack');
      case 'Fn::Cidr':
        return new Unknown('Fn::Cidr address blocks are not computed');
      case 'Fn::ForEach':
        return new Unknown('Fn::ForEach is expanded at deployment');
      default:
        if (RULE_FUNCTIONS.has(fn)) this.fail(`${fn} is only valid in the Rules section`);
        if (!INTRINSIC_FUNCTIONS.has(fn)) this.fail(`unknown intrinsic function ${fn}`);
        return new Unknown(`${fn} is not evaluated`);
    }
  }

  ref(name: string): unknown {
    if (this.parameterValues.has(name)) return this.parameterValues.get(name);
    if (name.startsWith('AWS::')) return this.pseudo(name);
    const decl = this.resources.get(name);
    if (!decl) return new Unknown(`Ref to ${name}, which the template does not declare`);
    if (this.refsInProgress.has(name)) return new Unknown(`circular reference to ${name}`);
    this.refsInProgress.add(name);
    try {
      return this.physical.ref(decl, this);
    } finally {
      this.refsInProgress.delete(name);
    }
  }

  private pseudo(name: string): unknown {
    const given = own(this.given, name);
    if (name === 'AWS::NoValue') return NO_VALUE;
    if (given !== undefined) return name === 'AWS::NotificationARNs' ? given.split(',') : given;
    if (SYMBOLIC_PSEUDO.has(name)) return new Symbolic(`\${${name}}`);
    if (name === 'AWS::Partition') return partitionOfRegion(this.region);
    if (name === 'AWS::URLSuffix') return PARTITIONS[partitionOfRegion(this.region)].dnsSuffix;
    if (name === 'AWS::NotificationARNs')
      return new Unknown('the stack notification ARNs are set at deployment');
    this.fail(`unknown pseudo parameter ${name}`);
  }

  private getAtt(arg: unknown): unknown {
    let logicalId: unknown;
    let attribute: unknown;
    if (typeof arg === 'string') {
      const dot = arg.indexOf('.');
      [logicalId, attribute] = dot < 0 ? [arg, undefined] : [arg.slice(0, dot), arg.slice(dot + 1)];
    } else if (Array.isArray(arg)) {
      [logicalId, attribute] = [arg[0], this.value(arg[1])];
    }
    if (typeof logicalId !== 'string') this.fail('Fn::GetAtt needs a logical id and an attribute name');
    if (attribute instanceof Unknown) return attribute;
    if (typeof attribute !== 'string') this.fail(`Fn::GetAtt ${logicalId} needs an attribute name`);
    const decl = this.resources.get(logicalId);
    if (!decl) return new Unknown(`Fn::GetAtt of ${logicalId}, which the template does not declare`);
    return this.physical.attribute(decl, attribute, this);
  }

  private sub(arg: unknown): unknown {
    let template: unknown = arg;
    let variables: Record<string, unknown> = {};
    if (Array.isArray(arg)) {
      template = this.value(arg[0]);
      if (arg[1] !== undefined) {
        if (!isRecord(arg[1])) this.fail('Fn::Sub variables must be a mapping');
        variables = arg[1];
      }
    }
    if (template instanceof Unknown) return template;
    if (typeof template !== 'string') this.fail('Fn::Sub needs a string');
    const parts: unknown[] = [];
    let last = 0;
    for (const match of template.matchAll(/\$\{([^}]*)\}/g)) {
      parts.push(template.slice(last, match.index));
      last = match.index + match[0].length;
      const name = (match[1] as string).trim();
      if (name.startsWith('!')) {
        parts.push(`\${${name.slice(1)}}`);
      } else if (Object.hasOwn(variables, name)) {
        parts.push(this.value(variables[name]));
      } else if (
        !name.startsWith('AWS::') &&
        name.includes('.') &&
        this.resources.has(name.split('.')[0] as string)
      ) {
        parts.push(this.getAtt(name));
      } else {
        parts.push(this.ref(name));
      }
    }
    parts.push(template.slice(last));
    return concat(parts, 'Fn::Sub');
  }

  private join(arg: unknown): unknown {
    if (!Array.isArray(arg) || arg.length !== 2) this.fail('Fn::Join needs [delimiter, list]');
    const delimiter = this.value(arg[0]);
    const items = this.value(arg[1]);
    if (typeof delimiter !== 'string') return unknownFrom(delimiter, 'Fn::Join delimiter');
    if (!Array.isArray(items)) return unknownFrom(items, 'Fn::Join list');
    const parts: unknown[] = [];
    items.forEach((item, i) => {
      if (i > 0) parts.push(delimiter);
      parts.push(item);
    });
    return concat(parts, 'Fn::Join');
  }

  private select(arg: unknown): unknown {
    if (!Array.isArray(arg) || arg.length !== 2) this.fail('Fn::Select needs [index, list]');
    const index = this.value(arg[0]);
    const items = this.value(arg[1]);
    const i = int(index);
    if (i === undefined) return unknownFrom(index, 'Fn::Select index');
    if (!Array.isArray(items)) return unknownFrom(items, 'Fn::Select list');
    return i >= 0 && i < items.length ? items[i] : new Unknown(`Fn::Select index ${i} is out of range`);
  }

  private split(arg: unknown): unknown {
    if (!Array.isArray(arg) || arg.length !== 2) this.fail('Fn::Split needs [delimiter, string]');
    const delimiter = this.value(arg[0]);
    const source = this.value(arg[1]);
    if (typeof delimiter !== 'string') return unknownFrom(delimiter, 'Fn::Split delimiter');
    if (typeof source !== 'string') return unknownFrom(source, 'Fn::Split input');
    return source.split(delimiter);
  }

  private findInMap(arg: unknown): unknown {
    if (!Array.isArray(arg) || arg.length < 3) this.fail('Fn::FindInMap needs [map, key, key]');
    const mapName = literal(this.value(arg[0]));
    if (mapName === undefined) return new Unknown('Fn::FindInMap map name is unknown');
    const map = own(this.mappings, mapName);
    if (!isRecord(map)) this.fail(`Fn::FindInMap: mapping ${mapName} is not declared`);
    const first = this.value(arg[1]);
    const second = this.value(arg[2]);
    const fallback = isRecord(arg[3]) && 'DefaultValue' in arg[3] ? arg[3].DefaultValue : undefined;
    const firstKeys = keysFor(first, map);
    const candidates: unknown[] = [];
    for (const k1 of firstKeys) {
      const inner = map[k1];
      const secondKeys = isRecord(inner) ? keysFor(second, inner) : [];
      for (const k2 of secondKeys) candidates.push(isRecord(inner) ? inner[k2] : undefined);
    }
    const known = typeof literal(first) === 'string' && typeof literal(second) === 'string';
    if (known) {
      const [only] = candidates;
      if (only !== undefined) return this.value(only);
      if (fallback !== undefined) return this.value(fallback);
      return new Unknown(`Fn::FindInMap: ${mapName} has no entry ${literal(first)}/${literal(second)}`);
    }
    // A key known only at deployment: the answer is still known if every entry agrees.
    const values = candidates.map((c) => this.value(c));
    if (values.length > 0 && fallback === undefined && values.every((v) => sameValue(v, values[0]))) {
      return values[0];
    }
    const why = [first, second].find((k) => literal(k) === undefined);
    return new Unknown(`Fn::FindInMap ${mapName} depends on ${describe(why)}`);
  }

  private ifValue(arg: unknown): unknown {
    if (!Array.isArray(arg) || arg.length !== 3 || typeof arg[0] !== 'string') {
      this.fail('Fn::If needs [condition, value if true, value if false]');
    }
    const decided = this.condition(arg[0]);
    if (decided === true) return this.value(arg[1]);
    if (decided === false) return this.value(arg[2]);
    const whenTrue = this.value(arg[1]);
    const whenFalse = this.value(arg[2]);
    if (sameValue(whenTrue, whenFalse)) return whenTrue;
    return new Unknown(`condition ${arg[0]} is unknown (${decided.why})`);
  }

  /** A declared condition: true, false, or unknown before deployment. */
  condition(name: string): boolean | Unknown {
    const cached = this.conditionValues.get(name);
    if (cached !== undefined) return cached;
    if (!Object.hasOwn(this.conditions, name)) this.fail(`condition ${name} is not declared`);
    if (this.conditionsInProgress.has(name)) this.fail(`condition ${name} refers to itself`);
    this.conditionsInProgress.add(name);
    try {
      const value = this.conditionValue(this.conditions[name]);
      this.conditionValues.set(name, value);
      return value;
    } finally {
      this.conditionsInProgress.delete(name);
    }
  }

  private conditionValue(raw: unknown): boolean | Unknown {
    if (isRecord(raw) && Object.keys(raw).length === 1) {
      const [fn] = Object.keys(raw) as [string];
      const arg = raw[fn];
      const args = Array.isArray(arg) ? arg : [arg];
      switch (fn) {
        case 'Condition':
          if (typeof arg !== 'string') this.fail('Condition needs a condition name');
          return this.condition(arg);
        case 'Fn::Equals':
          if (args.length !== 2) this.fail('Fn::Equals needs two values');
          return equals(this.value(args[0]), this.value(args[1]));
        case 'Fn::Not': {
          const v = this.conditionValue(args[0]);
          return v instanceof Unknown ? v : !v;
        }
        case 'Fn::And':
        case 'Fn::Or': {
          const values = args.map((a) => this.conditionValue(a));
          const decisive = fn !== 'Fn::And';
          if (values.includes(decisive)) return decisive;
          return values.find((v): v is Unknown => v instanceof Unknown) ?? !decisive;
        }
      }
    }
    const v = this.value(raw);
    if (typeof v === 'boolean') return v;
    if (v === 'true' || v === 'false') return v === 'true';
    return unknownFrom(v, 'condition');
  }
}

/** A value by a key the template or the command line chose: never one inherited from Object.prototype. */
function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function parameterValue(name: string, spec: Record<string, unknown>, given: string | undefined): unknown {
  const type = typeof spec.Type === 'string' ? spec.Type : 'String';
  const fallback = spec.Default;
  if (type.startsWith('AWS::SSM::Parameter::Value<')) {
    return new Unknown(`parameter ${name} is read from SSM Parameter Store at deployment`);
  }
  const raw = given ?? (fallback === undefined || fallback === null ? undefined : fallback);
  if (raw === undefined) {
    return new Unknown(`parameter ${name} has no default and no --parameter ${name}=… value`);
  }
  if (type === 'CommaDelimitedList' || type.startsWith('List<')) {
    if (Array.isArray(raw)) return raw.map(String);
    return String(raw)
      .split(',')
      .map((s) => s.trim());
  }
  return typeof raw === 'object' ? raw : String(raw);
}

/** Keys of a mapping a (possibly unknown) key can select. */
function keysFor(key: unknown, map: Record<string, unknown>): string[] {
  const k = literal(key);
  if (k !== undefined) return Object.hasOwn(map, k) ? [k] : [];
  return Object.keys(map);
}

function describe(value: unknown): string {
  if (value instanceof Unknown) return value.why;
  if (value instanceof Symbolic) return `${value.text}, known at deployment`;
  return 'an unknown value';
}

function unknownFrom(value: unknown, what: string): Unknown {
  if (value instanceof Unknown) return value;
  return new Unknown(
    `${what} is ${value instanceof Symbolic ? `${value.text}, known at deployment` : 'not a usable value'}`,
  );
}

/** Strings joined; deploy-time constants stay symbolic, unknown parts make it unknown. */
function concat(parts: unknown[], what: string): unknown {
  let symbolic = false;
  let out = '';
  for (const part of parts) {
    if (part instanceof Unknown) return part;
    if (part instanceof Symbolic) {
      symbolic = true;
      out += part.text;
    } else if (typeof part === 'string' || typeof part === 'number' || typeof part === 'boolean') {
      out += String(part);
    } else {
      return new Unknown(`${what} of a value that is not a string`);
    }
  }
  return symbolic ? new Symbolic(out) : out;
}

function equals(a: unknown, b: unknown): boolean | Unknown {
  if (a instanceof Unknown) return a;
  if (b instanceof Unknown) return b;
  if (a instanceof Symbolic || b instanceof Symbolic) {
    if (a instanceof Symbolic && b instanceof Symbolic && a.text === b.text) return true;
    return new Unknown(`Fn::Equals compares ${describe(a instanceof Symbolic ? a : b)}`);
  }
  if (containsUnknown(a) || containsUnknown(b)) return new Unknown('Fn::Equals compares unknown values');
  return sameValue(a, b);
}

/** Deep equality of resolved values; primitives compare as CloudFormation strings. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Unknown || b instanceof Unknown) return false;
  if (a instanceof Symbolic || b instanceof Symbolic) {
    return a instanceof Symbolic && b instanceof Symbolic && a.text === b.text;
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]))
    );
  }
  if (isRecord(a) || isRecord(b)) {
    if (!isRecord(a) || !isRecord(b)) return false;
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && sameValue(a[k], b[k]))
    );
  }
  if (a === null || b === null || a === undefined || b === undefined) return a === b;
  return String(a) === String(b);
}
