using Consortium.Web.Services;
using Microsoft.Extensions.Logging.Abstractions;

namespace Consortium.Web.Tests;

public sealed class TokenRefreshTests
{
    private static readonly DateTimeOffset SignedIn = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);
    private readonly ManualClock _clock = new(SignedIn);
    private readonly SessionTokens _tokens = new();
    private readonly FakeTokenEndpoint _endpoint = new();

    private SessionAccess Access => new(_tokens, _endpoint, _clock, NullLogger<SessionAccess>.Instance);

    private static SessionTokenSet FifteenMinutes(string access = "access-1", string? refresh = "refresh-1") =>
        new(access, refresh, SignedIn.AddMinutes(15), SignedIn);

    [Theory]
    [InlineData(0, TokenDecision.Use)]
    [InlineData(13 * 60 - 1, TokenDecision.Use)]
    [InlineData(13 * 60, TokenDecision.Refresh)]
    [InlineData(15 * 60 + 30, TokenDecision.Refresh)]
    public void A_fifteen_minute_token_is_renewed_two_minutes_before_it_ends_and_after(int secondsLater, TokenDecision expected) =>
        Assert.Equal(expected, TokenRefreshPolicy.Decide(FifteenMinutes(), SignedIn.AddSeconds(secondsLater)));

    [Fact]
    public void A_short_token_is_renewed_when_a_fifth_of_its_life_is_left()
    {
        var oneMinute = new SessionTokenSet("a", "r", SignedIn.AddMinutes(1), SignedIn);

        Assert.Equal(TokenDecision.Use, TokenRefreshPolicy.Decide(oneMinute, SignedIn.AddSeconds(47)));
        Assert.Equal(TokenDecision.Refresh, TokenRefreshPolicy.Decide(oneMinute, SignedIn.AddSeconds(48)));
    }

    [Fact]
    public void Without_a_refresh_token_the_token_is_used_to_its_end_and_then_the_session_is_over()
    {
        var noRefresh = FifteenMinutes(refresh: null);

        Assert.Equal(TokenDecision.Use, TokenRefreshPolicy.Decide(noRefresh, SignedIn.AddMinutes(14)));
        Assert.Equal(TokenDecision.Ended, TokenRefreshPolicy.Decide(noRefresh, SignedIn.AddMinutes(15)));
    }

    [Fact]
    public void The_expiry_comes_from_expires_in_else_from_the_token()
    {
        Assert.Equal(SignedIn.AddSeconds(900), TokenRefreshPolicy.ExpiresAt("900", SignedIn.AddMinutes(5), SignedIn));
        Assert.Equal(SignedIn.AddMinutes(5), TokenRefreshPolicy.ExpiresAt(null, SignedIn.AddMinutes(5), SignedIn));
        Assert.Equal(SignedIn, TokenRefreshPolicy.ExpiresAt("soon", null, SignedIn));
    }

    [Fact]
    public async Task A_fresh_token_is_used_without_asking_the_identity_service()
    {
        var session = _tokens.Start(FifteenMinutes());

        Assert.Equal("access-1", await Access.AccessTokenAsync(session));
        Assert.Empty(_endpoint.RefreshTokensSeen);
    }

    [Fact]
    public async Task A_token_near_its_end_is_renewed_and_the_rotated_refresh_token_is_kept()
    {
        var session = _tokens.Start(FifteenMinutes());
        _endpoint.Answers.Enqueue(new RefreshOutcome.Renewed("access-2", "refresh-2", "900"));
        _clock.Now = SignedIn.AddMinutes(13);

        Assert.Equal("access-2", await Access.AccessTokenAsync(session));

        Assert.Equal(["refresh-1"], _endpoint.RefreshTokensSeen);
        Assert.Equal(new SessionTokenSet("access-2", "refresh-2", SignedIn.AddMinutes(28), SignedIn.AddMinutes(13)), _tokens.TokensOf(session));
        _endpoint.Answers.Enqueue(new RefreshOutcome.Renewed("access-3", "refresh-3", "900"));
        _clock.Now = SignedIn.AddMinutes(26);
        Assert.Equal("access-3", await Access.AccessTokenAsync(session));
        Assert.Equal(["refresh-1", "refresh-2"], _endpoint.RefreshTokensSeen);
    }

    [Fact]
    public async Task Concurrent_calls_of_one_session_refresh_once()
    {
        var session = _tokens.Start(FifteenMinutes());
        _clock.Now = SignedIn.AddMinutes(14);
        var answer = new TaskCompletionSource<RefreshOutcome>();
        _endpoint.Pending = answer.Task;
        var access = Access;

        var first = access.AccessTokenAsync(session);
        var second = access.AccessTokenAsync(session);
        answer.SetResult(new RefreshOutcome.Renewed("access-2", "refresh-2", "900"));

        var answers = await Task.WhenAll(first, second);
        Assert.All(answers, token => Assert.Equal("access-2", token));
        Assert.Equal(["refresh-1"], _endpoint.RefreshTokensSeen);
    }

    [Fact]
    public async Task A_refused_refresh_ends_the_session()
    {
        var session = _tokens.Start(FifteenMinutes());
        _endpoint.Answers.Enqueue(RefreshOutcome.FromResponse(400, """{"error":"invalid_grant","error_description":"This account may no longer obtain tokens."}"""));
        _clock.Now = SignedIn.AddMinutes(13);

        Assert.Null(await Access.AccessTokenAsync(session));

        Assert.False(_tokens.IsActive(session));
    }

    [Fact]
    public async Task An_unreachable_identity_service_keeps_the_session_and_the_token_while_it_lasts()
    {
        var session = _tokens.Start(FifteenMinutes());
        _endpoint.Answers.Enqueue(new RefreshOutcome.Unavailable("connection refused"));
        _endpoint.Answers.Enqueue(new RefreshOutcome.Unavailable("connection refused"));
        _endpoint.Answers.Enqueue(new RefreshOutcome.Renewed("access-2", null, "900"));

        _clock.Now = SignedIn.AddMinutes(13);
        Assert.Equal("access-1", await Access.AccessTokenAsync(session));
        _clock.Now = SignedIn.AddMinutes(16);
        Assert.Null(await Access.AccessTokenAsync(session));
        Assert.True(_tokens.IsActive(session));

        Assert.Equal("access-2", await Access.AccessTokenAsync(session));
        Assert.Equal("refresh-1", _tokens.TokensOf(session)!.RefreshToken);
    }

    [Fact]
    public async Task A_signed_out_session_has_no_token_and_is_not_renewed()
    {
        var session = _tokens.Start(FifteenMinutes());
        _tokens.End(session);
        _clock.Now = SignedIn.AddMinutes(14);

        Assert.Null(await Access.AccessTokenAsync(session));
        Assert.Null(await Access.AccessTokenAsync(null));
        Assert.Empty(_endpoint.RefreshTokensSeen);
    }

    [Theory]
    [InlineData(200, """{"access_token":"a2","refresh_token":"r2","expires_in":900,"token_type":"Bearer"}""", "Renewed")]
    [InlineData(400, """{"error":"invalid_grant"}""", "Refused")]
    [InlineData(401, """{"error":"invalid_client"}""", "Refused")]
    [InlineData(400, "not json", "Refused")]
    [InlineData(503, "<html>down</html>", "Unavailable")]
    [InlineData(200, "{}", "Refused")]
    public void The_token_endpoints_answer_is_read_as_renewed_refused_or_unavailable(int status, string body, string expected) =>
        Assert.Equal(expected, RefreshOutcome.FromResponse(status, body).GetType().Name);

    [Fact]
    public void A_renewal_reads_the_new_tokens_and_their_lifetime()
    {
        var renewed = Assert.IsType<RefreshOutcome.Renewed>(RefreshOutcome.FromResponse(200, """{"access_token":"a2","expires_in":900}"""));

        Assert.Equal(("a2", null, "900"), (renewed.AccessToken, renewed.RefreshToken, renewed.ExpiresIn));
    }

    private sealed class ManualClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private sealed class FakeTokenEndpoint : ITokenEndpoint
    {
        public Queue<RefreshOutcome> Answers { get; } = new();

        public List<string> RefreshTokensSeen { get; } = [];

        public Task<RefreshOutcome>? Pending { get; set; }

        public Task<RefreshOutcome> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
        {
            RefreshTokensSeen.Add(refreshToken);
            return Pending ?? Task.FromResult(Answers.Dequeue());
        }
    }
}
