// The site: Vietnamese at the root, English under /en/, built offline into site/build/. Local search folds diacritics
// and đ, so "mua ban nguoi" finds "mua bán người".
import { defineConfig } from 'vitepress';
import { foldDiacritics } from '../src/fold-diacritics';

const nav = (p: string, vi: boolean) => [
  { text: vi ? 'Hướng dẫn' : 'Guides', link: `${p}guide/officers` },
  { text: vi ? 'Tra cứu chuẩn' : 'Reference', link: `${p}reference/` },
  { text: vi ? 'Kiểm tra tệp' : 'Check a file', link: `${p}validator` },
  { text: vi ? 'Phiên bản' : 'Versions', link: `${p}guide/versions` },
];

const sidebar = (p: string, vi: boolean) => [
  {
    text: vi ? 'Hướng dẫn' : 'Guides',
    items: [
      { text: vi ? 'Cho cán bộ tỉnh' : 'For provincial officers', link: `${p}guide/officers` },
      { text: vi ? 'Cho lập trình viên' : 'For developers', link: `${p}guide/developers` },
      { text: vi ? 'Khái niệm của chuẩn' : 'Concepts of the standard', link: `${p}guide/concepts` },
      { text: vi ? 'Bảo vệ dữ liệu' : 'Privacy profiles', link: `${p}guide/privacy` },
      { text: vi ? 'Phiên bản của chuẩn' : 'Versions of the standard', link: `${p}guide/versions` },
    ],
  },
  { text: vi ? 'Tra cứu chuẩn' : 'Reference', link: `${p}reference/` },
  { text: vi ? 'Kiểm tra tệp' : 'Check a file', link: `${p}validator` },
];

export default defineConfig({
  srcDir: 'pages',
  outDir: 'build',
  cleanUrls: true,
  lastUpdated: false,
  title: 'VN-TIP',
  // The site must open with no network: no Google fonts, no remote assets.
  head: [
    ['meta', { name: 'color-scheme', content: 'light dark' }],
    // No favicon request at all.
    ['link', { rel: 'icon', href: 'data:,' }],
  ],
  locales: {
    root: {
      label: 'Tiếng Việt',
      lang: 'vi',
      description: 'Chuẩn dữ liệu mở về phòng, chống mua bán người',
      themeConfig: { nav: nav('/', true), sidebar: sidebar('/', true) },
    },
    en: {
      label: 'English',
      lang: 'en',
      link: '/en/',
      description: 'The open data standard for the work against human trafficking in Viet Nam',
      themeConfig: { nav: nav('/en/', false), sidebar: sidebar('/en/', false) },
    },
  },
  themeConfig: {
    search: {
      provider: 'local',
      options: {
        miniSearch: {
          options: { processTerm: foldDiacritics },
          searchOptions: { processTerm: foldDiacritics },
        },
        locales: {
          root: {
            translations: {
              button: { buttonText: 'Tìm kiếm', buttonAriaLabel: 'Tìm kiếm' },
              modal: { noResultsText: 'Không tìm thấy kết quả cho', resetButtonTitle: 'Xóa' },
            },
          },
        },
      },
    },
  },
});
