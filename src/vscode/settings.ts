import * as vscode from 'vscode';
import type { SeveritySetting } from '../core/index';

/** Copydesk's settings for one document, read fresh each time (they can change at any moment). */
export interface Settings {
  enable: boolean;
  run: 'onType' | 'onSave';
  configPath: string;
  severity: Record<string, SeveritySetting>;
  /** Folders outside the workspace `extends` may name (user settings only: the setting is application-scoped). */
  allowExtendsFrom: string[];
}

const SEVERITIES = new Set(['off', 'info', 'warning', 'error']);

/** The settings in force for `uri` (folder settings over user settings). */
export function settingsFor(uri: vscode.Uri | undefined): Settings {
  const config = vscode.workspace.getConfiguration('copydesk', uri);
  const severity: Record<string, SeveritySetting> = {};
  const raw = config.get<unknown>('severity');
  if (raw && typeof raw === 'object') {
    for (const [rule, value] of Object.entries(raw as Record<string, unknown>)) if (typeof value === 'string' && SEVERITIES.has(value)) severity[rule] = value as SeveritySetting;
  }
  return {
    enable: config.get<boolean>('enable', true) !== false,
    run: config.get<string>('run') === 'onSave' ? 'onSave' : 'onType',
    // Restricted in untrusted workspaces: VS Code then returns the user's value, never the workspace's.
    configPath: (config.get<string>('configPath') ?? '').trim(),
    severity,
    allowExtendsFrom: (config.get<unknown[]>('allowExtendsFrom') ?? []).filter((f): f is string => typeof f === 'string' && f.trim() !== '').map((f) => f.trim().replace(/\\/g, '/')),
  };
}
