import { InputError } from '../../errors.js';
import { type Command, EXIT, type Io } from '../io.js';
import { jsonSchema, SCHEMA_NAMES, type SchemaName } from '../schemas.js';

function runSchema(args: string[], io: Io): number {
  const [name] = args;
  if (!name || !(SCHEMA_NAMES as string[]).includes(name)) {
    throw new InputError(`schema: expected one of ${SCHEMA_NAMES.join(', ')}`);
  }
  io.stdout(jsonSchema(name as SchemaName));
  return EXIT.ok;
}

export const schemaCommand: Command = {
  usage: `usage: demarc schema ${SCHEMA_NAMES.join('|')}
  print the JSON Schema of an input format (snapshot, policy) or of --format json (result)`,
  flags: {},
  positionals: SCHEMA_NAMES,
  examples: [
    'demarc schema snapshot > snapshot.schema.json   # the snapshot format, for editors and validators',
    'demarc schema policy                            # demarc.yaml',
    'demarc schema result                            # what --format json writes',
  ],
  run: runSchema,
};
