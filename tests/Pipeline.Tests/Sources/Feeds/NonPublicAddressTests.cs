using System.Net;
using Pipeline.Sources.Feeds;

namespace Pipeline.Tests.Sources.Feeds;

/// <summary>Which addresses count as internal, in IPv4, IPv6, and IPv6 forms that carry an IPv4 address.</summary>
public sealed class NonPublicAddressTests
{
    [Theory]
    [InlineData("127.0.0.1", "a loopback address")]
    [InlineData("127.255.0.9", "a loopback address")]
    [InlineData("10.1.2.3", "a private address")]
    [InlineData("172.16.0.1", "a private address")]
    [InlineData("172.31.255.255", "a private address")]
    [InlineData("192.168.1.1", "a private address")]
    [InlineData("100.64.0.1", "a shared (carrier-grade NAT) address")]
    [InlineData("100.127.255.254", "a shared (carrier-grade NAT) address")]
    [InlineData("169.254.169.254", "a link-local address")]
    [InlineData("0.0.0.0", "an unspecified address")]
    [InlineData("224.0.0.1", "a multicast address")]
    [InlineData("255.255.255.255", "a reserved address")]
    public void Internal_ipv4_addresses_are_named_by_kind(string address, string kind) =>
        Assert.Equal(kind, NonPublicAddress.Describe(IPAddress.Parse(address)));

    [Theory]
    [InlineData("::1", "a loopback address")]
    [InlineData("::", "an unspecified address")]
    [InlineData("fe80::1", "a link-local address")]
    [InlineData("fc00::1", "a private (unique local) address")]
    [InlineData("fd12:3456::1", "a private (unique local) address")]
    [InlineData("ff02::1", "a multicast address")]
    public void Internal_ipv6_addresses_are_named_by_kind(string address, string kind) =>
        Assert.Equal(kind, NonPublicAddress.Describe(IPAddress.Parse(address)));

    [Theory]
    [InlineData("::ffff:127.0.0.1", "a loopback address")]
    [InlineData("::ffff:10.0.0.5", "a private address")]
    [InlineData("::ffff:169.254.169.254", "a link-local address")]
    [InlineData("64:ff9b::c0a8:101", "a private address")]
    public void Ipv6_forms_of_internal_ipv4_addresses_are_internal_too(string address, string kind) =>
        Assert.Equal(kind, NonPublicAddress.Describe(IPAddress.Parse(address)));

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2606:4700::1111")]
    [InlineData("::ffff:8.8.8.8")]
    public void Public_addresses_are_not_internal(string address) =>
        Assert.Null(NonPublicAddress.Describe(IPAddress.Parse(address)));
}
