// Task pane entry: placeholder until the pane lands (issue 6).
Office.onReady(() => {
  const app = document.getElementById("app");
  if (app) app.textContent = "Kiểm tra Nghị quyết";
});
