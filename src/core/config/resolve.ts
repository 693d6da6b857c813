import type { JdPolicy, JdProfile } from '../jd/profiles';
import { configSchema, defaultConfig, type Config, type ConfigFileContent } from './schema';

const REMOVED = Symbol('removed');
const resolvedConfigs = new WeakSet<object>();
// A raw configuration object passed again (the editor lints on every keystroke) resolves to the
// same Config, so everything compiled from it (the vocabulary) is reused. Callers treat the
// objects they pass as immutable.
const resolvedFrom = new WeakMap<object, Config>();

/**
 * Drops what the schema refuses (an invalid term, an unknown key, a bad severity) and keeps the
 * rest, so a typo in one setting never disables the whole configuration.
 */
export function pruneInvalid(raw: unknown): ConfigFileContent {
  if (raw === null || raw === undefined) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) return {};
  let value: unknown = clonePlain(raw);
  for (let attempt = 0; attempt < 64; attempt++) {
    const result = configSchema().safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) markRemoved(value, [...issue.path, key]);
      } else {
        let path = issue.path;
        // A missing required key cannot be removed: remove the object that lacks it.
        while (path.length > 0 && valueAt(value, path) === undefined) path = path.slice(0, -1);
        if (path.length === 0) return {};
        markRemoved(value, path);
      }
    }
    value = sweep(value);
  }
  return {};
}

function clonePlain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clonePlain);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = clonePlain(v);
    return out;
  }
  return value;
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

function markRemoved(value: unknown, path: readonly PropertyKey[]): void {
  const parent = valueAt(value, path.slice(0, -1));
  if (parent !== null && typeof parent === 'object') (parent as Record<PropertyKey, unknown>)[path[path.length - 1]] = REMOVED;
}

function sweep(value: unknown): unknown {
  if (Array.isArray(value)) {
    const kept = value.filter((v) => v !== REMOVED).map(sweep);
    // A list whose every entry was invalid means "use the default", not "nothing".
    return kept.length === 0 && value.length > 0 ? REMOVED : kept;
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const swept = v === REMOVED ? REMOVED : sweep(v);
      if (swept !== REMOVED) out[k] = swept;
    }
    return out;
  }
  return value;
}

/**
 * `over` merged onto `base`: mappings merge key by key, `terms` lists add up (a shared brand
 * vocabulary plus local terms), every other list is replaced.
 */
export function mergeConfig(base: ConfigFileContent, over: ConfigFileContent): ConfigFileContent {
  const merged = mergeValues(base, over) as ConfigFileContent;
  if (base.terms && over.terms) merged.terms = [...base.terms, ...over.terms];
  delete merged.extends;
  return merged;
}

function mergeValues(base: unknown, over: unknown): unknown {
  if (isPlainObject(base) && isPlainObject(over)) {
    const out: Record<string, unknown> = { ...base };
    for (const [k, v] of Object.entries(over)) out[k] = k in out ? mergeValues(out[k], v) : v;
    return out;
  }
  return over === undefined ? base : over;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

let noConfig: Config | undefined;

/**
 * The configuration in force, from a parsed `.copydesk.yaml` object (or nothing): invalid parts
 * dropped, defaults filled in. Passing an already resolved configuration returns it unchanged.
 */
export function resolveConfig(raw?: unknown): Config {
  // No configuration is the same configuration every time: one object, so what is compiled per
  // configuration (the vocabulary, the editor's severity variants) is compiled once, not per lint.
  if (raw === undefined) return (noConfig ??= resolveConfig({}));
  if (raw !== null && typeof raw === 'object') {
    if (resolvedConfigs.has(raw)) return raw as Config;
    const known = resolvedFrom.get(raw);
    if (known) return known;
  }
  const content = pruneInvalid(raw);
  const defaults = defaultConfig();
  const { extends: _extends, jd, rules, ...rest } = content;
  const config: Config = {
    ...rest,
    jd: {
      ...resolveProfiles(jd, defaults.jd.profiles),
      review_every_months: jd?.review_every_months ?? defaults.jd.review_every_months,
      ...(jd?.as_of !== undefined ? { as_of: jd.as_of } : {}),
      length: { min: jd?.length?.min ?? defaults.jd.length.min, max: jd?.length?.max ?? defaults.jd.length.max },
      max_sentence_words: jd?.max_sentence_words ?? defaults.jd.max_sentence_words,
    },
    rules: { ...rules },
  };
  resolvedConfigs.add(config);
  if (raw !== null && typeof raw === 'object') resolvedFrom.set(raw, config);
  return config;
}

/**
 * The profiles in force: the built-in ones, then the configuration's (each `extends` applied,
 * unknown or circular ones ignored: config/invalid reports them), then the older
 * `required_sections`/`recommended_sections`, which replace the default profile's lists.
 */
function resolveProfiles(jd: ConfigFileContent['jd'], builtIn: Readonly<Record<string, JdProfile>>): JdPolicy {
  const profiles: Record<string, JdProfile> = { ...builtIn };
  const written = jd?.profiles ?? {};
  const has = (record: object, name: string) => Object.prototype.hasOwnProperty.call(record, name);
  const resolving = new Set<string>();
  const resolve = (name: string): JdProfile | undefined => {
    const own = has(written, name) ? written[name] : undefined;
    if (!own) return has(profiles, name) ? profiles[name] : undefined;
    if (resolving.has(name)) return undefined;
    resolving.add(name);
    // Rewriting a built-in profile (`profiles: { social: { required: […] } }`) starts from it.
    const base = own.extends !== undefined && own.extends !== name ? resolve(own.extends) : has(builtIn, name) ? builtIn[name] : undefined;
    resolving.delete(name);
    const profile: JdProfile = {
      name,
      required: own.required ?? base?.required ?? [],
      recommended: own.recommended ?? base?.recommended ?? [],
      titles: own.titles ?? [],
      description: own.description ?? base?.description ?? `A profile defined in .copydesk.yaml.`,
    };
    return profile;
  };
  for (const name of Object.keys(written)) {
    const profile = resolve(name);
    if (profile) profiles[name] = profile;
  }
  let profile = jd?.profile !== undefined && has(profiles, jd.profile) ? jd.profile : undefined;
  if (jd?.required_sections || jd?.recommended_sections) {
    profile ??= 'social';
    const base = profiles[profile] ?? builtIn.social;
    profiles[profile] = { ...base, required: jd.required_sections ?? base.required, recommended: jd.recommended_sections ?? base.recommended };
  }
  return profile === undefined ? { profiles } : { profile, profiles };
}
