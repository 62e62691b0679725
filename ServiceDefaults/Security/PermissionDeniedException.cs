namespace Consortium.ServiceDefaults.Security;

/// <summary>The caller is signed in but may not do this (another district's data). gRPC <c>PermissionDenied</c>.</summary>
public sealed class PermissionDeniedException(string message) : Exception(message);
