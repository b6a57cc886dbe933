namespace Triage.ServiceDefaults;

// Not an IOException on purpose: minimal APIs take an IOException while reading a body for a client that went away and
// answer nothing, where this must reach Utf8JsonBody and answer 415.
public sealed class BodyNotUtf8Exception() : Exception("The request body is not valid UTF-8.");
