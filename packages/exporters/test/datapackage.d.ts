// The part of datapackage-js (no types of its own) the Frictionless test uses.
declare module 'datapackage' {
  export class Package {
    static load(descriptor: string, options?: { basePath?: string }): Promise<Package>;
    readonly errors: readonly Error[];
    readonly resources: readonly unknown[];
  }
}
