/**
 * Page script text, for an init script: notes on `probe.initAt` when the named control's `init`
 * is first called, by wrapping the constructor as the bundle hands it to
 * `ComponentFramework.registerControl`. `probe` must be a variable of the surrounding script.
 */
export function initProbeSource(controlName: string): string {
  return `let register;
  const framework = window.ComponentFramework || (window.ComponentFramework = {});
  Object.defineProperty(framework, "registerControl", {
    configurable: true,
    get: () => register,
    set: (original) => {
      register = (name, constructor) => {
        if (String(name).split(".").pop() === ${JSON.stringify(controlName)} && constructor && constructor.prototype && typeof constructor.prototype.init === "function") {
          const init = constructor.prototype.init;
          constructor.prototype.init = function (...args) {
            if (probe.initAt === undefined) probe.initAt = performance.now();
            return init.apply(this, args);
          };
        }
        return original(name, constructor);
      };
    },
  });`;
}
