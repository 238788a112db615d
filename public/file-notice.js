// Browsers do not run the kit's JavaScript modules from a file:// address (a file share or a
// double-clicked index.html). Say so, in both languages, instead of showing an empty page.
(function () {
  if (location.protocol !== 'file:') return;
  document.addEventListener('DOMContentLoaded', function () {
    var root = document.getElementById('root');
    if (!root) return;
    root.innerHTML =
      '<main style="max-width:40rem;margin:3rem auto;padding:0 1.5rem;font:18px/1.7 sans-serif">' +
      '<h1 lang="ja">このページはWebサーバーから開いてください</h1>' +
      '<p lang="ja">ブラウザーは、ファイルとして直接開いたページ（file://）ではこのキットを動かせません。' +
      '校内のWebサーバーに dist フォルダーを置くか、キットのフォルダーで <code>npm run preview</code> を実行して、' +
      'http:// から始まるアドレスで開いてください。</p>' +
      '<h2 lang="en">Please open this page from a web server</h2>' +
      '<p lang="en">Browsers do not run this kit from a page opened as a file (file://). Put the dist folder on ' +
      'the school’s web server, or run <code>npm run preview</code> in the kit’s folder, and open the http:// address.</p>' +
      '</main>';
  });
})();
