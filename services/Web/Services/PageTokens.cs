namespace Consortium.Web.Services;

/// <summary>
/// Where a paged list is: the token of the page shown and the tokens of the pages before it, so
/// "Previous" works although the services' page tokens only go forward.
/// </summary>
public sealed class PageTokens
{
    private readonly Stack<string> _earlier = new();

    /// <summary>The token of the page shown; empty for the first page.</summary>
    public string Current { get; private set; } = "";

    /// <summary>The next page's token from the last response; empty on the last page.</summary>
    public string Next { get; private set; } = "";

    public bool HasPrevious => _earlier.Count > 0;

    public bool HasNext => Next.Length > 0;

    /// <summary>1 for the first page.</summary>
    public int PageNumber => _earlier.Count + 1;

    /// <summary>Records what the response for <see cref="Current"/> said comes next.</summary>
    public void Loaded(string nextPageToken) => Next = nextPageToken;

    public void GoNext()
    {
        if (!HasNext)
        {
            return;
        }

        _earlier.Push(Current);
        Current = Next;
        Next = "";
    }

    public void GoPrevious()
    {
        if (_earlier.TryPop(out var previous))
        {
            Current = previous;
            Next = "";
        }
    }

    /// <summary>Back to the first page (e.g. when a filter changes).</summary>
    public void Reset()
    {
        _earlier.Clear();
        Current = "";
        Next = "";
    }
}
