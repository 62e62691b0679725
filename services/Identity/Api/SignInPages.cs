using System.Net;
using Consortium.Identity.Data;
using Consortium.Identity.Domain;
using Consortium.Identity.Federation;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Consortium.Identity.Api;

/// <summary>
/// The server-rendered pages a person meets: sign in with e-mail and password, and set a password
/// with an invitation code (first sign-in, or after staff reset it). Plain HTML forms with labels
/// tied to their inputs, antiforgery tokens, and errors announced to screen readers.
/// </summary>
public static partial class SignInPages
{
    public const string SignInPath = "/account/sign-in";
    public const string SetPasswordPath = "/account/set-password";

    public static void MapSignInPages(this WebApplication app)
    {
        app.MapGet(SignInPath, async (HttpContext http, IAntiforgery antiforgery, ExternalProviderRegistrations providers, string? returnUrl) =>
        {
            await providers.EnsureCurrentAsync(http.RequestAborted);
            return Page(http, antiforgery, "Sign in", SignInForm(returnUrl, email: null, error: null) + ExternalSignIn.Buttons(providers.Providers, returnUrl));
        }).AllowAnonymous();
        app.MapPost(SignInPath, SignInAsync).AllowAnonymous();
        app.MapGet(SetPasswordPath, (HttpContext http, IAntiforgery antiforgery, string? email, string? returnUrl) =>
            Page(http, antiforgery, "Set your password", SetPasswordForm(returnUrl, email, error: null))).AllowAnonymous();
        app.MapPost(SetPasswordPath, SetPasswordAsync).AllowAnonymous();
    }

    private static async Task<IResult> SignInAsync(
        HttpContext http, IAntiforgery antiforgery, SignInManager<Person> signIn, ILoggerFactory loggers,
        [FromForm] string? email, [FromForm] string? password, [FromForm] string? returnUrl)
    {
        var logger = loggers.CreateLogger(typeof(SignInPages));
        var person = string.IsNullOrWhiteSpace(email) ? null : await signIn.UserManager.FindByEmailAsync(email.Trim());
        if (person is null || person.IsDisabled || string.IsNullOrEmpty(password))
        {
            LogRefused(logger, email ?? string.Empty, person is null ? "unknown account" : person.IsDisabled ? "disabled" : "no password");
            return Page(http, antiforgery, "Sign in", SignInForm(returnUrl, email, "The e-mail address or password is not right."), StatusCodes.Status400BadRequest);
        }

        var result = await signIn.PasswordSignInAsync(person, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            LogSignedIn(logger, person.Id);
            return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
        }

        if (result.IsLockedOut)
        {
            LogLockedOut(logger, person.Id, person.LockoutEnd);
            return Page(http, antiforgery, "Sign in", SignInForm(returnUrl, email,
                "Too many failed attempts: this account is locked for a while. Try again later or ask consortium staff."), StatusCodes.Status429TooManyRequests);
        }

        LogRefused(logger, email!, "wrong password");
        return Page(http, antiforgery, "Sign in", SignInForm(returnUrl, email, "The e-mail address or password is not right."), StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> SetPasswordAsync(
        HttpContext http, IAntiforgery antiforgery, UserManager<Person> people, SignInManager<Person> signIn, IdentityServiceDbContext db, TimeProvider time,
        [FromForm] string? email, [FromForm] string? code, [FromForm] string? password, [FromForm] string? confirm, [FromForm] string? returnUrl)
    {
        IResult Refuse(string error) =>
            Page(http, antiforgery, "Set your password", SetPasswordForm(returnUrl, email, error), StatusCodes.Status400BadRequest);

        var person = string.IsNullOrWhiteSpace(email) ? null : await people.FindByEmailAsync(email.Trim());
        if (person is null || person.IsDisabled || string.IsNullOrWhiteSpace(code)
            || person.InvitationExpiresAt < time.GetUtcNow() || !InvitationCode.Matches(code, person.InvitationCodeHash))
        {
            return Refuse("The invitation code is not valid for this e-mail address (it may have expired or been used).");
        }

        if (password != confirm)
        {
            return Refuse("The two passwords are not the same.");
        }

        foreach (var validator in people.PasswordValidators)
        {
            var check = await validator.ValidateAsync(people, person, password ?? string.Empty);
            if (!check.Succeeded)
            {
                return Refuse(string.Join(" ", check.Errors.Select(error => error.Description)));
            }
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        if (await people.HasPasswordAsync(person))
        {
            await people.RemovePasswordAsync(person);
        }

        person.InvitationCodeHash = null;
        person.InvitationExpiresAt = null;
        person.EmailConfirmed = true;
        var added = await people.AddPasswordAsync(person, password!);
        if (!added.Succeeded)
        {
            return Refuse(string.Join(" ", added.Errors.Select(error => error.Description)));
        }

        await people.SetLockoutEndDateAsync(person, null);
        await transaction.CommitAsync();
        await signIn.SignInAsync(person, isPersistent: false);
        return Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
    }

    internal static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);

    private static string SignInForm(string? returnUrl, string? email, string? error) => $"""
        <form method="post" action="{SignInPath}">
          {ErrorBlock(error)}
          <input type="hidden" name="returnUrl" value="{Encode(returnUrl)}">
          <p><label for="email">E-mail address</label><br>
             <input id="email" name="email" type="email" autocomplete="username" required value="{Encode(email)}"></p>
          <p><label for="password">Password</label><br>
             <input id="password" name="password" type="password" autocomplete="current-password" required></p>
          <p><button type="submit">Sign in</button></p>
        </form>
        <p>Invited, or your password was reset? <a href="{SetPasswordPath}?returnUrl={Uri.EscapeDataString(returnUrl ?? string.Empty)}">Set your password with your code</a>.</p>
        """;

    private static string SetPasswordForm(string? returnUrl, string? email, string? error) => $"""
        <form method="post" action="{SetPasswordPath}">
          {ErrorBlock(error)}
          <input type="hidden" name="returnUrl" value="{Encode(returnUrl)}">
          <p><label for="email">E-mail address</label><br>
             <input id="email" name="email" type="email" autocomplete="username" required value="{Encode(email)}"></p>
          <p><label for="code">Invitation code (from consortium staff)</label><br>
             <input id="code" name="code" type="text" autocomplete="one-time-code" required></p>
          <p><label for="password">New password</label><br>
             <input id="password" name="password" type="password" autocomplete="new-password" required aria-describedby="password-rules">
             <br><span id="password-rules">At least 12 characters, with an upper-case letter, a lower-case letter and a digit.</span></p>
          <p><label for="confirm">New password again</label><br>
             <input id="confirm" name="confirm" type="password" autocomplete="new-password" required></p>
          <p><button type="submit">Set password and sign in</button></p>
        </form>
        """;

    private static string ErrorBlock(string? error) =>
        error is null ? string.Empty : $"""<p role="alert" id="error">{Encode(error)}</p>""";

    internal static IResult Page(HttpContext http, IAntiforgery antiforgery, string title, string form, int status = StatusCodes.Status200OK)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var withToken = form.Replace("</form>", $"""<input type="hidden" name="{tokens.FormFieldName}" value="{Encode(tokens.RequestToken)}"></form>""", StringComparison.Ordinal);
        var html = $"""
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{Encode(title)} · Consortium</title></head>
            <body><main><h1>{Encode(title)}</h1>{withToken}</main></body>
            </html>
            """;
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }

    private static string Encode(string? value) => WebUtility.HtmlEncode(value ?? string.Empty);

    [LoggerMessage(Level = LogLevel.Information, EventName = "SignedIn", Message = "Person {PersonId} signed in")]
    private static partial void LogSignedIn(ILogger logger, Guid personId);

    [LoggerMessage(Level = LogLevel.Warning, EventName = "SignInRefused", Message = "Sign-in refused for {Email}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string email, string reason);

    [LoggerMessage(Level = LogLevel.Warning, EventName = "AccountLockedOut", Message = "Person {PersonId} is locked out until {LockoutEnd} after repeated failed sign-ins")]
    private static partial void LogLockedOut(ILogger logger, Guid personId, DateTimeOffset? lockoutEnd);
}
