// Saves text (CSV) the page built as a file, without a round trip to the server.
window.consortiumDownload = (fileName, contentType, text) => {
    const blob = new Blob([text], { type: contentType });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(link.href);
};

// Saves a file the server built (an Excel workbook), streamed over the circuit.
window.consortiumDownloadStream = async (fileName, contentType, streamReference) => {
    const blob = new Blob([await streamReference.arrayBuffer()], { type: contentType });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = fileName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(link.href);
};
