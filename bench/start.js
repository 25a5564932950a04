// First script of every benchmark page: the moment the bundle starts loading.
window.__t0 = performance.now();
