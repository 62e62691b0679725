using Xunit;

namespace Consortium.Identity.Tests;

/// <summary>
/// The federation tests share one platform and one district provider (each platform starts two
/// services and their databases): the classes run one after the other, and count rows knowing
/// that no other test of theirs writes meanwhile.
/// </summary>
[CollectionDefinition]
public sealed class FederationCollection : ICollectionFixture<IdentityPlatformFixture>, ICollectionFixture<ExternalOidcServer>;
