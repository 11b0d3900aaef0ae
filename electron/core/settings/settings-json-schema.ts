import type { Schema } from 'conf';
import { z } from 'zod';
import { Settings } from '../../../shared/ipc/schemas';

/** The settings file's JSON Schema, from the shared zod schema: both shells reject the same files. */
export const SETTINGS_JSON_SCHEMA = z.toJSONSchema(Settings, {
  io: 'input',
  target: 'draft-2020-12',
}).properties as Schema<Settings>;
