package org.virtclass.system;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Two languages, zh-CN and English. Without a choice the browser's Accept-Language
 * decides; a {@code ?lang=} link in the header changes it and a cookie remembers it for a
 * year.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfig implements WebMvcConfigurer {

	static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("VIRTCLASS_LANG");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(LocaleConfig::fromAcceptLanguage);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
		registry.addInterceptor(new LanguageSwitch());
	}

	static Locale fromAcceptLanguage(HttpServletRequest request) {
		var locales = request.getLocales();
		while (locales.hasMoreElements()) {
			Locale locale = locales.nextElement();
			if ("zh".equals(locale.getLanguage())) {
				return Locale.SIMPLIFIED_CHINESE;
			}
			if ("en".equals(locale.getLanguage())) {
				return Locale.ENGLISH;
			}
		}
		return Locale.ENGLISH;
	}

}
