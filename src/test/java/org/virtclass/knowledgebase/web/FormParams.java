package org.virtclass.knowledgebase.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** The request parameters a browser sends for the tool and claim forms. */
final class FormParams {

	private FormParams() {
	}

	static MultiValueMap<String, String> of(ToolForm f) {
		Map<String, Object> v = new LinkedHashMap<>();
		v.put("slug", f.getSlug());
		v.put("version", f.getVersion());
		v.put("name", f.getName());
		v.put("nameZh", f.getNameZh());
		v.put("aliases", f.getAliases());
		v.put("vendor", f.getVendor());
		v.put("license", f.getLicense());
		v.put("firstRelease", f.getFirstRelease());
		v.put("hostPlatforms", f.getHostPlatforms());
		v.put("descriptionEn", f.getDescriptionEn());
		v.put("descriptionZh", f.getDescriptionZh());
		v.put("guestOwnKernel", f.isGuestOwnKernel());
		v.put("hardwareVirtualization", f.getHardwareVirtualization());
		v.put("runsOn", f.getRunsOn());
		v.put("emulatesForeignIsa", f.isEmulatesForeignIsa());
		v.put("sharesHostKernel", f.isSharesHostKernel());
		v.put("userSpaceKernel", f.isUserSpaceKernel());
		v.put("translatesSyscalls", f.isTranslatesSyscalls());
		v.put("managesOthers", f.isManagesOthers());
		v.put("imageFormats", f.getImageFormats());
		v.put("contestedFacts", f.getContestedFacts());
		v.put("category", f.getCategory());
		v.put("hypervisorType", f.getHypervisorType());
		v.put("isolationLevel", f.getIsolationLevel());
		v.put("imageModel", f.getImageModel());
		v.put("contested", f.isContested());
		v.put("contestedNoteEn", f.getContestedNoteEn());
		v.put("contestedNoteZh", f.getContestedNoteZh());
		MultiValueMap<String, String> params = params(v);
		for (int i = 0; i < f.getSources().size(); i++) {
			params.add("sources[" + i + "].title", f.getSources().get(i).getTitle());
			params.add("sources[" + i + "].url", f.getSources().get(i).getUrl());
		}
		return params;
	}

	static MultiValueMap<String, String> of(ClaimForm f) {
		Map<String, Object> v = new LinkedHashMap<>();
		v.put("id", f.getId());
		v.put("version", f.getVersion());
		v.put("claimZh", f.getClaimZh());
		v.put("claimEn", f.getClaimEn());
		v.put("verdict", f.getVerdict());
		v.put("correctionEn", f.getCorrectionEn());
		v.put("correctionZh", f.getCorrectionZh());
		v.put("tools", f.getTools());
		MultiValueMap<String, String> params = params(v);
		for (int i = 0; i < f.getSources().size(); i++) {
			params.add("sources[" + i + "].title", f.getSources().get(i).getTitle());
			params.add("sources[" + i + "].url", f.getSources().get(i).getUrl());
		}
		return params;
	}

	private static MultiValueMap<String, String> params(Map<String, Object> values) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		values.forEach((name, value) -> {
			if (value instanceof Boolean b) {
				params.add("_" + name, "on");
				if (b) {
					params.add(name, "true");
				}
			}
			else if (value instanceof List<?> list) {
				params.add("_" + name, "1");
				list.forEach((item) -> params.add(name, String.valueOf(item)));
			}
			else if (value != null) {
				params.add(name, String.valueOf(value));
			}
		});
		return params;
	}

	static List<String> list(String... values) {
		return new ArrayList<>(List.of(values));
	}

}
