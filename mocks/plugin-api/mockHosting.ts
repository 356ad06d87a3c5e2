/**
 * The reference server's hosting rules (server/plugins/pluginHosting.ts) over the mock's records, built on
 * the same plugin-host functions: what a plugin version declares, the dependency nodes of the catalog and
 * of a user's installs, whether an install may be switched on, and the consent questions. The mock then
 * refuses and installs as the server does: missing dependencies offered (DEPENDENCIES_REQUIRED), installed
 * first with the plugin, cycles and unmet ranges refused before anything is written.
 */
import {
  activationOrder,
  activationVerdict as hostActivationVerdict,
  activeDependentsOf,
  type ActivationVerdict,
  type DependencyNode,
} from '../../src/plugin-host';
import { readPluginManifest, type PluginManifest, type StoredManifest } from '../../src/stac-schema';
import type { MockInstall, MockPlugin } from './createMockDatabase';

/** The whole manifest of one version (its stored fields with the listing's own). */
export function manifestOf(record: {
  name: string;
  version: string;
  slot: string;
  ui: unknown;
  manifest: StoredManifest;
}): PluginManifest {
  const { name, version, slot, ui, manifest } = record;
  return readPluginManifest({
    name,
    version,
    slot,
    ...manifest,
    ...(manifest.surfaces === undefined ? { ui } : {}),
  }).manifest;
}

export const catalogManifest = (plugin: MockPlugin): PluginManifest =>
  manifestOf({ ...plugin, manifest: plugin.manifests.get(plugin.version) ?? {} });

export const installManifest = (install: MockInstall): PluginManifest =>
  manifestOf({ ...install, manifest: install.manifest });

export function catalogNode(plugin: MockPlugin): DependencyNode {
  return {
    id: plugin.id,
    name: plugin.name,
    version: plugin.version,
    dependencies: catalogManifest(plugin).dependencies,
  };
}

export function installNode(install: MockInstall): DependencyNode {
  return {
    id: install.pluginId,
    name: install.name,
    version: install.version,
    dependencies: installManifest(install).dependencies,
    active: install.isActive,
  };
}

export const installedNodes = (installs: readonly MockInstall[]) =>
  new Map(installs.map((install) => [install.pluginId, installNode(install)]));

/** Whether `install` may be on: its required dependencies installed, in range and on, its checks holding. */
export function activationVerdict(install: MockInstall, installs: readonly MockInstall[]): ActivationVerdict {
  return hostActivationVerdict(
    { node: installNode(install), manifest: installManifest(install), settingValues: install.settingValues },
    installedNodes(installs),
  );
}

/** Switched-on installs that need `id`. */
export function dependentsOf(id: string, installs: readonly MockInstall[]) {
  return activeDependentsOf(id, [...installedNodes(installs).values()]).map((node) => ({
    id: node.id,
    name: node.name ?? node.id,
  }));
}

/** Installs in the order they may be activated (dependencies first); the given order on a cycle. */
export function inActivationOrder(installs: readonly MockInstall[]): MockInstall[] {
  const order = activationOrder([...installedNodes(installs).values()]);
  if (!order.ok) return [...installs];
  const byId = new Map(installs.map((install) => [install.pluginId, install]));
  return order.order.flatMap((id) => byId.get(id) ?? []);
}
