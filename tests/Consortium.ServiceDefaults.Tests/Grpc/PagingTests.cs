using Consortium.ServiceDefaults.Domain;
using Consortium.ServiceDefaults.Grpc;
using Xunit;

namespace Consortium.ServiceDefaults.Tests.Grpc;

public sealed class PagingTests
{
    private sealed record Cursor(string Name, Guid Id);

    [Theory]
    [InlineData(0, Paging.DefaultPageSize)]
    [InlineData(1, 1)]
    [InlineData(200, 200)]
    [InlineData(5000, Paging.MaxPageSize)]
    public void Page_size_defaults_and_is_capped(int requested, int expected) =>
        Assert.Equal(expected, Paging.NormalizePageSize(requested));

    [Fact]
    public void A_negative_page_size_is_a_violation_of_page_size()
    {
        var exception = Assert.Throws<DomainValidationException>(() => Paging.NormalizePageSize(-1));
        Assert.Equal("page_size", Assert.Single(exception.Violations).Field);
    }

    [Fact]
    public void A_token_round_trips_with_the_same_filters()
    {
        var cursor = new Cursor("Bellevue", Guid.CreateVersion7());
        var fingerprint = Paging.Fingerprint("WA", 21);

        Assert.Equal(cursor, Paging.DecodeToken<Cursor>(Paging.EncodeToken(cursor, fingerprint), fingerprint));
        Assert.Null(Paging.DecodeToken<Cursor>(string.Empty, fingerprint));
    }

    [Theory]
    [InlineData("garbage!")]
    [InlineData("eyJmb28iOjF9")]
    public void A_token_the_service_did_not_issue_is_a_violation_of_page_token(string token)
    {
        var exception = Assert.Throws<DomainValidationException>(() => Paging.DecodeToken<Cursor>(token, Paging.Fingerprint("WA")));
        Assert.Equal("page_token", Assert.Single(exception.Violations).Field);
    }

    [Fact]
    public void A_token_issued_for_other_filters_is_refused()
    {
        var token = Paging.EncodeToken(new Cursor("A", Guid.CreateVersion7()), Paging.Fingerprint("WA"));

        var exception = Assert.Throws<DomainValidationException>(() => Paging.DecodeToken<Cursor>(token, Paging.Fingerprint("OR")));
        Assert.Contains("other filters", exception.Violations[0].Description, StringComparison.Ordinal);
    }
}
