package org.virtclass.system;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * The header's language switch keeps the student where they are: a page got with GET
 * links to the same path with every query parameter; a page that answered a form (the
 * checker, the classifier) sends the same form again in the other language, so that the
 * answer is re-rendered instead of lost. Passwords and the CSRF token are never echoed
 * back into the page (the form adds a fresh token).
 * <p>
 * It joins the model after the handler, and only where there is a model: as a
 * {@code @ModelAttribute} of a controller advice it ran before every handler, the JSON
 * API's too, and in a live class that was a twentieth of the CPU of each answer.
 */
class LanguageSwitch implements HandlerInterceptor {

	static final String ATTRIBUTE = "languageSwitch";

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView modelAndView) {
		if (modelAndView != null && !modelAndView.getModel().containsKey(ATTRIBUTE)) {
			modelAndView.addObject(ATTRIBUTE, languageSwitch(request));
		}
	}

	static Target languageSwitch(HttpServletRequest request) {
		String path = request.getRequestURI();
		List<Param> params = new ArrayList<>();
		for (Map.Entry<String, String[]> entry : request.getParameterMap().entrySet()) {
			String name = entry.getKey();
			if (!keep(name)) {
				continue;
			}
			for (String value : entry.getValue()) {
				params.add(new Param(name, value));
			}
		}
		boolean repost = "POST".equals(request.getMethod());
		return new Target(path, repost, params);
	}

	private static boolean keep(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return !lower.equals("lang") && !lower.equals("_csrf") && !lower.contains("password");
	}

	/**
	 * Where the switch goes: {@link #url} for a link, or {@link #path} and
	 * {@link #params} for a form.
	 */
	public record Target(String path, boolean repost, List<Param> params) {

		/**
		 * The same path and query, in the language {@code lang}; a form's fields are not
		 * put in the URL.
		 */
		public String url(String lang) {
			StringBuilder url = new StringBuilder(path).append('?');
			if (!repost) {
				for (Param p : params) {
					url.append(encode(p.name())).append('=').append(encode(p.value())).append('&');
				}
			}
			return url.append("lang=").append(encode(lang)).toString();
		}

		private static String encode(String text) {
			return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
		}

	}

	/** One form or query parameter. */
	public record Param(String name, String value) {
	}

}
