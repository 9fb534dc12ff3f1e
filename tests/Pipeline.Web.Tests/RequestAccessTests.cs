using System.Net;
using Microsoft.AspNetCore.Http;
using Pipeline.App.Web;

namespace Pipeline.Web.Tests;

public sealed class RequestAccessTests
{
    private static readonly WebOptions NoKey = new(ApiKey: null);
    private static readonly WebOptions WithKey = new(ApiKey: "s3cret");

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("192.168.1.20", false)]
    public void Without_a_key_only_this_machine_may_write(string remote, bool allowed) =>
        Assert.Equal(allowed, RequestAccess.IsAllowed(Request(remote, key: null), NoKey));

    [Theory]
    [InlineData("192.168.1.20", "s3cret", true)]
    [InlineData("192.168.1.20", "wrong", false)]
    [InlineData("127.0.0.1", null, false)]
    [InlineData("127.0.0.1", "s3cret", true)]
    public void With_a_key_every_write_must_carry_it(string remote, string? key, bool allowed) =>
        Assert.Equal(allowed, RequestAccess.IsAllowed(Request(remote, key), WithKey));

    [Fact]
    public void A_key_from_the_review_form_counts_like_the_header()
    {
        Assert.True(RequestAccess.IsAllowed(Request("10.0.0.5", key: null), WithKey, presentedKey: "s3cret"));
        Assert.False(RequestAccess.IsAllowed(Request("10.0.0.5", key: null), WithKey, presentedKey: "wrong"));
    }

    private static DefaultHttpContext Request(string remote, string? key)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(remote);
        if (key is not null)
        {
            context.Request.Headers[RequestAccess.ApiKeyHeader] = key;
        }
        return context;
    }
}
