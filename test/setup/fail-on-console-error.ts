// An error logged and swallowed must fail the test that caused it (office-addin.md §6).
const original = console.error;
beforeEach(() => {
  jest.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    original(...args);
    throw new Error("console.error called: " + args.map(String).join(" "));
  });
});
afterEach(() => {
  (console.error as jest.Mock).mockRestore?.();
});
