namespace AllJapanTokyo.Web.Infrastructure;

public static class CultureCookie
{
    public const string Name = "AllJapanTokyo.Culture";
}
