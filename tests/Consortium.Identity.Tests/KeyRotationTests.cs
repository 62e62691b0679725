using System.Text.Json;
using Consortium.Contracts.Districts.V1;
using Consortium.Contracts.Identity.V1;
using Consortium.Contracts.Security;
using Consortium.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Xunit;

namespace Consortium.Identity.Tests;

/// <summary>
/// A signing key rotates while everything keeps running: the identity service, configured with
/// rotation periods of seconds instead of days, makes its successor, publishes it, then signs with
/// it, without a restart; Districts, which fetched the published keys before the successor
/// existed, accepts the new key's tokens and the old key's still-valid ones.
/// </summary>
public sealed class KeyRotationTests(KeyRotationTests.ShortKeyPeriodsPlatform platform) : IClassFixture<KeyRotationTests.ShortKeyPeriodsPlatform>
{
    private const string Password = "Correct-Horse-9";

    /// <summary>The first key signs for 20 s; its successor is made and published 10 s before it takes over.</summary>
    public sealed class ShortKeyPeriodsPlatform(TestInfrastructure servers) : IdentityPlatformFixture(servers)
    {
        protected override void ConfigureIdentity(IWebHostBuilder host)
        {
            host.UseSetting("Identity:SigningKeys:Announcement", "00:00:10");
            host.UseSetting("Identity:SigningKeys:SigningPeriod", "00:00:20");
            host.UseSetting("Identity:SigningKeys:TokenLifetime", "00:02:00");
            host.UseSetting("Identity:SigningKeys:RefreshInterval", "00:00:01");
        }
    }

    [Fact]
    public async Task A_successor_key_is_published_then_signs_and_every_service_accepts_its_tokens_without_a_restart()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var person = await platform.CreatePersonAsync(Roles.ConsortiumStaff, null, Password);
        var first = await SignInAsync(person.Email!);
        var firstKey = KeyIdOf(first);

        // Districts fetches the published keys now, while the first key is the only one.
        var districtsCaller = new DistrictsService.DistrictsServiceClient(platform.Districts(first));
        await districtsCaller.ListDistrictsAsync(new ListDistrictsRequest { PageSize = 1 }, cancellationToken: cancellation);
        Assert.Equal([firstKey], await PublishedKeyIdsAsync());

        var published = await EventuallyAsync(PublishedKeyIdsAsync, keys => keys.Count == 2);
        Assert.Contains(firstKey, published);
        Assert.Equal(firstKey, KeyIdOf(await SignInAsync(person.Email!)));

        var next = await EventuallyAsync(() => SignInAsync(person.Email!), token => KeyIdOf(token) != firstKey);
        Assert.Equal(published.Single(key => key != firstKey), KeyIdOf(next));

        var nextCaller = new DistrictsService.DistrictsServiceClient(platform.Districts(next));
        await nextCaller.ListDistrictsAsync(new ListDistrictsRequest { PageSize = 1 }, cancellationToken: cancellation);
        await districtsCaller.ListDistrictsAsync(new ListDistrictsRequest { PageSize = 1 }, cancellationToken: cancellation);
        var identityApi = new IdentityService.IdentityServiceClient(platform.IdentityApi(next));
        await identityApi.ListPeopleAsync(new ListPeopleRequest { PageSize = 1 }, cancellationToken: cancellation);
    }

    private async Task<string> SignInAsync(string email)
    {
        using var browser = platform.Browser();
        return (await SignInFlow.SignInAsync(browser, email, Password)).AccessToken;
    }

    private static string KeyIdOf(string token) => new JsonWebToken(token).Kid;

    private async Task<IReadOnlyList<string>> PublishedKeyIdsAsync()
    {
        using var http = platform.Identity.CreateClient();
        using var document = JsonDocument.Parse(await http.GetStringAsync(new Uri("/.well-known/jwks", UriKind.Relative)));
        return document.RootElement.GetProperty("keys").EnumerateArray().Select(key => key.GetProperty("kid").GetString()!).ToList();
    }

    private static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), TestContext.Current.CancellationToken);
        }
    }
}
