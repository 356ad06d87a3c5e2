/* global document */
// The embed demo's wiring, in plain JavaScript: sign in, pick an asset, hand it to <stac-slot> as context, and
// the dashboard slot a summary of the inventory.
// A separate file (not an inline script) because the server's Content-Security-Policy allows 'self' only.
// <stac-slot> is defined by /embed/stac-slot.iife.js, a classic script loaded before this module.

const API = '/api/v1';
// Signed in to the app in this tab already? The SPA keeps its token in sessionStorage under this key.
const SESSION_KEY = 'stac-web.session';

const assetSlot = document.getElementById('asset-slot');
const dashboardSlot = document.getElementById('dashboard-slot');
const picker = document.getElementById('asset-picker');
const facts = document.getElementById('asset-facts');
const signIn = document.getElementById('sign-in');
const form = document.getElementById('sign-in-form');
const errorText = document.getElementById('sign-in-error');

const token = () => sessionStorage.getItem(SESSION_KEY);

async function api(path, init = {}) {
  const response = await fetch(`${API}${path}`, {
    ...init,
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      Authorization: `Bearer ${token() ?? ''}`,
    },
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.message ?? `HTTP ${response.status}`);
  return body;
}

function showFacts(asset) {
  facts.replaceChildren();
  for (const [label, value] of [
    ['Name', asset.name],
    ['Category', asset.category],
    ['Location', asset.location],
    ['Quantity', asset.quantity],
  ]) {
    const dt = document.createElement('dt');
    dt.textContent = label;
    const dd = document.createElement('dd');
    dd.textContent = value === undefined ? '—' : String(value);
    facts.append(dt, dd);
  }
}

/**
 * What the app hands its dashboard slots as `inventory` (src/app/pages/inventorySummary.ts), made here by the
 * host page from its own data: plugins that read `<<inventory.unitCount>>` and the like show real figures.
 */
function inventoryOf(assets) {
  const low = assets
    .filter(
      (asset) =>
        asset.quantity !== undefined && asset.minStock !== undefined && asset.quantity <= asset.minStock,
    )
    .map(({ id, name, quantity, minStock }) => ({ id, name, quantity, minStock }))
    .sort((a, b) => a.quantity - a.minStock - (b.quantity - b.minStock) || a.name.localeCompare(b.name));
  const currency = assets.find((asset) => asset.currency)?.currency ?? 'EUR';
  const total = assets.reduce((sum, asset) => sum + (asset.value ?? 0) * (asset.quantity ?? 1), 0);
  const totalValue = Math.round(total * 100) / 100;
  const recentChanges = assets
    .filter((asset) => typeof asset.updatedAt === 'string')
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .slice(0, 3)
    .map(({ id, name, updatedAt }) => ({ id, name, updatedAt }));
  const shown = low.slice(0, 5);
  return {
    assetCount: assets.length,
    unitCount: assets.reduce((sum, asset) => sum + (asset.quantity ?? 0), 0),
    lowStockCount: low.length,
    lowStock: shown,
    lowStockText:
      shown.map((item) => `${item.name} (${item.quantity}, minimum ${item.minStock})`).join(', ') +
        (low.length > 5 ? `, and ${low.length - 5} more` : '') || 'none',
    healthyRatio: assets.length === 0 ? 1 : (assets.length - low.length) / assets.length,
    totalValue,
    currency,
    totalValueText: new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(totalValue),
    recentChanges,
    lastChangedName: recentChanges[0]?.name ?? '',
  };
}

async function start() {
  if (!token()) {
    signIn.hidden = false;
    return;
  }
  signIn.hidden = true;
  for (const slot of [assetSlot, dashboardSlot]) slot.tokenProvider = token;
  const body = await api('/assets');
  const assets = Array.isArray(body) ? body : (body.items ?? body.assets ?? []);
  picker.replaceChildren(
    ...assets.map((asset) => {
      const option = document.createElement('option');
      option.value = asset.id;
      option.textContent = asset.name;
      return option;
    }),
  );
  picker.disabled = assets.length === 0;
  dashboardSlot.context = { inventory: inventoryOf(assets) };
  const choose = () => {
    const asset = assets.find((candidate) => candidate.id === picker.value) ?? assets[0];
    if (!asset) return;
    showFacts(asset);
    assetSlot.context = { asset };
  };
  picker.addEventListener('change', choose);
  choose();
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  errorText.textContent = '';
  try {
    const data = new FormData(form);
    const result = await fetch(`${API}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ username: data.get('username'), password: data.get('password') }),
    }).then(async (response) => {
      const body = await response.json().catch(() => ({}));
      if (!response.ok) throw new Error(body.message ?? 'Sign-in failed.');
      return body;
    });
    sessionStorage.setItem(SESSION_KEY, result.token);
    await start();
  } catch (error) {
    errorText.textContent = error instanceof Error ? error.message : String(error);
  }
});

start().catch((error) => {
  errorText.textContent = error instanceof Error ? error.message : String(error);
  signIn.hidden = false;
});
