using Microsoft.JSInterop;

namespace Consortium.Web.Services;

/// <summary>Hands a file the server built (a workbook) to the browser as a download.</summary>
public static class FileDownload
{
    public static async Task Save(IJSRuntime js, string fileName, string contentType, byte[] content)
    {
        using var stream = new MemoryStream(content);
        using var reference = new DotNetStreamReference(stream);
        await js.InvokeVoidAsync("consortiumDownloadStream", fileName, contentType, reference);
    }
}
