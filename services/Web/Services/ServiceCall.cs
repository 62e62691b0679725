using Grpc.Core;

namespace Consortium.Web.Services;

/// <summary>Runs a call to one service and turns its failure into a <see cref="ServiceError"/> for the page.</summary>
public static class ServiceCall
{
    public static async Task<(T? Result, ServiceError? Error)> Run<T>(string serviceName, Func<Task<T>> call)
        where T : class
    {
        try
        {
            return (await call(), null);
        }
        catch (RpcException exception)
        {
            return (null, ServiceError.From(exception, serviceName));
        }
        catch (HttpRequestException)
        {
            return (null, new ServiceError($"The {serviceName} service is not answering right now. The rest of the page still works; try again in a moment.", new Dictionary<string, string>(), true));
        }
    }
}
