/** An error shaped like `OfficeExtension.Error`: a `code` tests and the adapter can branch on. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export class PropertyNotLoadedError extends FakeOfficeError {
  constructor(property: string) {
    super(
      "PropertyNotLoaded",
      `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    );
  }
}

export const itemNotFound = (what: string): FakeOfficeError =>
  new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: ${what}`);

export const invalidArgument = (what: string): FakeOfficeError =>
  new FakeOfficeError(
    "InvalidArgument",
    `The argument is invalid or missing or has an incorrect format: ${what}`,
  );

export const invalidOperation = (what: string): FakeOfficeError =>
  new FakeOfficeError("InvalidOperation", `The operation is invalid: ${what}`);
