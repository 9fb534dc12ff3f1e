using Microsoft.AspNetCore.Http;
using Pipeline.App.Output;

namespace Pipeline.App.Web.Api;

/// <summary>API errors as one JSON object, {"error": "…"}, with a line a person can read.</summary>
public static class ApiErrors
{
    public static IResult BadRequest(string message) => Error(message, StatusCodes.Status400BadRequest);

    public static IResult NotFound(string message) => Error(message, StatusCodes.Status404NotFound);

    private static IResult Error(string message, int status) => Results.Json(new { Error = message }, JsonOutput.Options, statusCode: status);
}
