/**
 * The network the gallery documents expect, served in the browser by msw: the JSON of dummyjson.com and of
 * the Stac repository, and a drawn placeholder for every remote picture and Flutter asset image. Stories
 * work offline, and the copied documents keep their real URLs.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import listViewExample from '../fixtures/stac/list_view_example.json';

/** Hosts whose every path is a picture, and hosts that serve pictures under one path only. */
const PICTURE_HOSTS = new Set([
  'images.pexels.com',
  'picsum.photos',
  'cdn-icons-png.flaticon.com',
  'flutter.github.io',
  'media.themoviedb.org',
  'upload.wikimedia.org',
  // Authors' avatars of the real Invenicum market plugins.
  'avatars.githubusercontent.com',
]);
const PICTURE_PATHS: Record<string, RegExp> = { 'dummyjson.com': /^\/icon\// };

function isRemotePicture(url: URL): boolean {
  return PICTURE_HOSTS.has(url.hostname) || (PICTURE_PATHS[url.hostname]?.test(url.pathname) ?? false);
}

function placeholderPicture(label: string): string {
  const hue = [...label].reduce((sum, char) => (sum + char.charCodeAt(0)) % 360, 0);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300" viewBox="0 0 400 300">
  <rect width="400" height="300" fill="hsl(${hue} 45% 62%)"/>
  <circle cx="300" cy="90" r="40" fill="hsl(${hue} 60% 85%)"/>
  <path d="M0 300 L140 140 L240 240 L300 190 L400 300 Z" fill="hsl(${hue} 40% 35%)"/>
</svg>`;
}

const DEMO_PEOPLE = [
  ['Emily', 'Johnson', 28],
  ['Michael', 'Williams', 35],
  ['Sophia', 'Brown', 42],
  ['James', 'Davis', 45],
  ['Emma', 'Miller', 30],
] as const;

const demoUsers = DEMO_PEOPLE.map(([firstName, lastName, age], index) => ({
  id: index + 1,
  firstName,
  lastName,
  age,
  email: `${firstName.toLowerCase()}.${lastName.toLowerCase()}@example.com`,
  phone: `+1 555 010 ${String(index + 10)}`,
  image: `https://dummyjson.com/icon/${firstName.toLowerCase()}/128`,
}));

export const corpusNetworkHandlers: HttpHandler[] = [
  http.get('https://dummyjson.com/users', () =>
    HttpResponse.json({ users: demoUsers, total: demoUsers.length, skip: 0, limit: demoUsers.length }),
  ),
  http.get('https://dummyjson.com/users/:id', ({ params }) => {
    const user = demoUsers.find((candidate) => String(candidate.id) === params.id);
    return user ? HttpResponse.json(user) : HttpResponse.json({ message: 'User not found' }, { status: 404 });
  }),
  http.get(
    'https://raw.githubusercontent.com/StacDev/stac/main/examples/stac_gallery/assets/json/list_view_example.json',
    () => HttpResponse.json(listViewExample),
  ),
  // Flutter app assets (`imageType: asset`) resolve against the page; Storybook has no such files.
  http.get(
    '*/assets/images/:file',
    ({ params }) =>
      new HttpResponse(placeholderPicture(String(params.file)), {
        headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'no-store' },
      }),
  ),
  http.get('*', ({ request }) => {
    const url = new URL(request.url);
    if (!isRemotePicture(url)) return undefined;
    return new HttpResponse(placeholderPicture(url.pathname), {
      headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'no-store' },
    });
  }),
];
