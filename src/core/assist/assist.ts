// Completion and hover for the editor, from the same schemas and data the rules use. Pure: the
// extension only turns items into CompletionItems and markdown into Hovers.

import { configSchema, type Config } from '../config/schema';
import { CURRENCY_CODES, COUNTRY_CODES } from '../data/iso';
import { KPI_DEFINITIONS, kpiDefinition } from '../data/kpis';
import { genderCodingHoverAt } from '../jd/gender-coding';
import { jdSchema } from '../jd/schema';
import { chooseProfile, profileNote, type ChosenProfile } from '../jd/profiles';
import { payLawsMarkdown } from '../jd/pay-laws';
import { sectionName } from '../jd/sections';
import { fileKindOf } from '../paths';
import { PLATFORM_IDS } from '../platforms/ids';
import { PLATFORMS, resolveTarget } from '../platforms/registry';
import { maskOutside, parsePost } from '../post/parse';
import { postSchema } from '../post/schema';
import { ALL_RULES, ruleById } from '../registry';
import type { OffsetRange } from '../types';
import { readYaml } from '../yaml/document';
import { allowedValuesAt, descriptionAt, isObjectAt, knownKeysAt } from '../yaml/schema-findings';
import { cursorContext, nodeAt } from './cursor';

/** One completion proposal. */
export interface AssistItem {
  label: string;
  kind: 'key' | 'value' | 'platform' | 'account' | 'metric' | 'rule' | 'hashtag';
  detail?: string;
  /** Markdown. */
  documentation?: string;
  insertText: string;
  /** The text the item replaces. */
  replace: OffsetRange;
  /** Shown first (required sections, the post's own platforms). */
  preselect?: boolean;
}

/** Hover text (markdown) and the range it is about. */
export interface AssistHover {
  markdown: string;
  range: OffsetRange;
}

const SCHEMAS = { jd: jdSchema, post: postSchema, config: configSchema } as const;

/** Completion proposals at `offset` in a Copydesk file. */
export function completionsAt(text: string, offset: number, fileName: string, config: Config): AssistItem[] {
  const kind = fileKindOf(fileName);
  if (!kind) return [];
  let yamlText = text;
  if (kind === 'post') {
    const post = parsePost(text);
    const fm = post.frontMatterRange;
    if (post.frontMatterState !== 'ok' || offset < fm.start || offset > fm.end) return bodyCompletions(text, offset, config, post.frontMatter.value);
    yamlText = maskOutside(text, fm.start, fm.end);
  }
  const context = cursorContext(yamlText, offset);
  if (!context) return [];
  const schema = SCHEMAS[kind]();
  const { path, replace } = context;
  const items: AssistItem[] = [];
  // Rule ids under `rules:` are keys of a record: the registry knows them, the schema does not.
  if (context.kind === 'key' && kind === 'config' && path.length === 1 && path[0] === 'rules') {
    for (const rule of ALL_RULES) {
      if (!context.present.includes(rule.id)) items.push({ label: rule.id, kind: 'rule', detail: `default: ${rule.defaultSeverity}`, documentation: rule.description, insertText: `${rule.id}: `, replace });
    }
    return items;
  }
  if (context.kind === 'key' && isObjectAt(schema, path)) {
    const profile = kind === 'jd' && path.length === 0 ? jdProfile(text, config).profile : undefined;
    const required = new Set(profile?.required ?? []);
    const recommended = new Set(profile?.recommended ?? []);
    for (const key of knownKeysAt(schema, path)) {
      if (context.present.includes(key)) continue;
      const detail = required.has(key) ? 'required section' : recommended.has(key) ? 'recommended section' : undefined;
      items.push({ label: key, kind: 'key', detail, documentation: descriptionAt(schema, [...path, key]), insertText: `${key}: `, replace, preselect: required.has(key) });
    }
    if (items.length > 0) return items;
  }
  return valueCompletions(kind, schema, path, replace, config, text);
}

function valueCompletions(kind: 'jd' | 'post' | 'config', schema: unknown, path: PropertyKey[], replace: OffsetRange, config: Config, text: string): AssistItem[] {
  const last = path[path.length - 1];
  const items: AssistItem[] = [];
  if (kind === 'jd' && path[0] === 'kpis' && last === 'metric') {
    for (const kpi of KPI_DEFINITIONS) items.push({ label: kpi.metric, kind: 'metric', detail: kpi.formula, documentation: kpiMarkdown(kpi.metric), insertText: kpi.metric, replace });
    return items;
  }
  if ((kind === 'post' && path[0] === 'platforms') || (kind === 'jd' && (path[0] === 'platforms' || (path[0] === 'kpis' && path[2] === 'platforms')))) {
    const written = kind === 'post' ? (parsePost(text).frontMatter.value as { platforms?: unknown } | undefined)?.platforms : undefined;
    const listed = new Set<string>(Array.isArray(written) ? written.map(String) : []);
    for (const id of PLATFORM_IDS) if (!listed.has(id)) items.push({ label: id, kind: 'platform', detail: PLATFORMS[id].name, documentation: platformMarkdown(id, config), insertText: id, replace });
    if (kind === 'post') {
      for (const [name, account] of Object.entries(config.accounts ?? {})) if (!listed.has(name)) items.push({ label: name, kind: 'account', detail: `account on ${PLATFORMS[account.platform].name}`, documentation: platformMarkdown(name, config), insertText: name, replace });
    }
    return items;
  }
  if (kind === 'post' && path[0] === 'hashtags') return hashtagItems(config, replace, false);
  if (kind === 'jd' && last === 'country') {
    const names = displayNames();
    return COUNTRY_CODES.map((code) => ({ label: code, kind: 'value' as const, detail: names?.of(code), insertText: code, replace }));
  }
  if (kind === 'jd' && path.length === 1 && last === 'profile') {
    return Object.values(config.jd.profiles).map((p) => ({ label: p.name, kind: 'value' as const, detail: `requires ${p.required.length} sections`, documentation: p.description, insertText: p.name, replace }));
  }
  if (kind === 'jd' && last === 'currency') return CURRENCY_CODES.map((code) => ({ label: code, kind: 'value' as const, insertText: code, replace }));
  const description = descriptionAt(schema, path);
  for (const value of allowedValuesAt(schema, path)) items.push({ label: value, kind: 'value', documentation: description, insertText: value, replace });
  return items;
}

/** In a post's copy: `::: ` block ids and the brand's hashtags. */
function bodyCompletions(text: string, offset: number, config: Config, frontMatter: unknown): AssistItem[] {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const prefix = text.slice(lineStart, offset);
  const block = /^:::[ \t]*([\p{L}\p{N}_-]*)$/u.exec(prefix);
  if (block) {
    const replace = { start: offset - block[1].length, end: offset };
    const platforms = (frontMatter as { platforms?: unknown } | undefined)?.platforms;
    const own = Array.isArray(platforms) ? platforms.map(String) : [];
    const names = [...new Set([...own, ...PLATFORM_IDS, ...Object.keys(config.accounts ?? {})])];
    return names.map((name) => ({ label: name, kind: (config.accounts?.[name] ? 'account' : 'platform') as AssistItem['kind'], detail: own.includes(name) ? 'published on by this post' : undefined, documentation: platformMarkdown(name, config), insertText: name, replace, preselect: own.includes(name) }));
  }
  const tag = /[#＃]([\p{L}\p{N}_]*)$/u.exec(prefix);
  if (tag) return hashtagItems(config, { start: offset - tag[1].length, end: offset }, true);
  return [];
}

function hashtagItems(config: Config, replace: OffsetRange, inCopy: boolean): AssistItem[] {
  const required = config.hashtags?.required ?? [];
  const tags = [...new Set([...required, ...(config.hashtags?.allowed ?? [])].map((t) => t.replace(/^[#＃]/, '')))];
  return tags.map((tag) => ({ label: tag, kind: 'hashtag' as const, detail: required.includes(tag) ? 'required on every post' : 'one of the brand\'s hashtags', insertText: tag, replace, preselect: inCopy && required.includes(tag) }));
}

/** Hover text at `offset`: what a key means, a KPI's definition, a platform's limit. */
export function hoverAt(text: string, offset: number, fileName: string, config: Config): AssistHover | undefined {
  const kind = fileKindOf(fileName);
  if (!kind) return undefined;
  let yamlText = text;
  if (kind === 'post') {
    const post = parsePost(text);
    const fm = post.frontMatterRange;
    if (post.frontMatterState !== 'ok' || offset < fm.start || offset > fm.end) {
      const block = post.blocks.find((b) => b.idRange.start <= offset && offset <= b.idRange.end);
      const markdown = block && platformMarkdown(block.id, config);
      return markdown ? { markdown, range: block.idRange } : undefined;
    }
    yamlText = maskOutside(text, fm.start, fm.end);
  }
  if (kind === 'jd' && config.rules['jd/gender-coded'] !== 'off') {
    const gender = genderCodingHoverAt(text, offset);
    if (gender) return gender;
  }
  const node = nodeAt(yamlText, offset);
  if (!node) return undefined;
  const schema = SCHEMAS[kind]();
  const { path, range } = node;
  if (node.kind === 'value') {
    if (kind === 'jd' && path[0] === 'kpis' && path[path.length - 1] === 'metric') {
      const markdown = kpiMarkdown(node.value);
      if (markdown) return { markdown, range };
    }
    if ((kind === 'post' || kind === 'jd') && path[0] === 'platforms') {
      const markdown = platformMarkdown(node.value, config);
      if (markdown) return { markdown, range };
    }
    return undefined;
  }
  if (kind === 'config' && path.length === 2 && path[0] === 'rules') {
    const rule = ruleById(String(path[1]));
    return rule ? { markdown: `**${rule.id}** (default: ${rule.defaultSeverity})\n\n${rule.description}`, range } : undefined;
  }
  const description = descriptionAt(schema, path);
  if (!description) return undefined;
  const key = String(path[path.length - 1]);
  let status = '';
  let more = '';
  if (kind === 'jd' && path.length === 1) {
    const chosen = jdProfile(text, config);
    const note = profileNote(chosen);
    if (chosen.profile.required.includes(key)) status = ` — required section (${note})`;
    else if (chosen.profile.recommended.includes(key)) status = ` — recommended section (${note})`;
    if (key === 'profile') more = `\n\n${profilesMarkdown(chosen, config)}`;
    if (key === 'location') {
      const value = readYaml(text).value as { location?: unknown } | undefined;
      const laws = value && typeof value === 'object' ? payLawsMarkdown({ config, now: new Date() }, value.location) : undefined;
      if (laws) more = `\n\n${laws}`;
    }
  }
  const title = kind === 'jd' && path.length === 1 ? sectionName(key) : key;
  return { markdown: `**${title}**${status}\n\n${description}${more}`, range };
}

/**
 * The role profile a JD's text is held to (see chooseProfile). While the user types, the file is
 * often not valid YAML: then its top-level `title:` and `profile:` lines still say.
 */
function jdProfile(text: string, config: Config): ChosenProfile {
  const value = readYaml(text).value;
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return chooseProfile(value, config.jd);
  const line = (key: string) => new RegExp(`^${key}:[ \\t]*(["']?)([^\\n#]*?)\\1[ \\t]*(?:#.*)?$`, 'm').exec(text)?.[2];
  return chooseProfile({ title: line('title'), profile: line('profile') }, config.jd);
}

/** Every profile the configuration knows, the one in force first, with what each requires. */
function profilesMarkdown(chosen: ChosenProfile, config: Config): string {
  const names = [chosen.profile.name, ...Object.keys(config.jd.profiles).filter((n) => n !== chosen.profile.name)];
  return names
    .map((name) => {
      const p = config.jd.profiles[name];
      const head = name === chosen.profile.name ? `**${name}** (in force: ${profileNote(chosen).replace(/^profile `[^`]*`, /, '')})` : `**${name}**`;
      return `- ${head}: ${p.description} Requires ${p.required.map((k) => `\`${k}\``).join(', ') || 'nothing'}.`;
    })
    .join('\n');
}

/** A KPI's definition, formula and an example of a measurable target. */
export function kpiMarkdown(metric: string): string | undefined {
  const kpi = kpiDefinition(metric);
  if (!kpi) return undefined;
  return `**${kpi.metric}**\n\n${kpi.definition}\n\n*Formula:* ${kpi.formula}\n\n*A measurable target:* "${kpi.exampleTarget}" per ${kpi.period}`;
}

/** A platform's (or account's) limit and how it counts, with the configuration's overrides. */
export function platformMarkdown(name: string, config: Config): string | undefined {
  const target = resolveTarget(name, config);
  if (!target) return undefined;
  const { platform } = target;
  const lines = [`**${target.name === platform.id ? platform.name : `${target.name}: ${platform.name} account`}** — ${target.maxLength.toLocaleString('en-US')} ${platform.unit}`];
  if (target.maxBytes !== undefined) lines.push(`and at most ${target.maxBytes.toLocaleString('en-US')} bytes (UTF-8)`);
  if (target.maxHashtags !== undefined) lines.push(`Hashtags: at most ${target.maxHashtags}${platform.id === 'threads' ? ' (the topic tag)' : ''}.`);
  if (target.maxLinks !== undefined) lines.push(`Links: at most ${target.maxLinks}.`);
  if (target.seeMore === 'first-line') lines.push('The feed shows the first line, then "… see more".');
  else if (target.seeMore !== undefined) lines.push(`The feed cuts the copy after about ${target.seeMore} characters with "… see more".`);
  return lines.join('\n\n');
}

function displayNames(): { of(code: string): string | undefined } | undefined {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' });
  } catch {
    return undefined;
  }
}
