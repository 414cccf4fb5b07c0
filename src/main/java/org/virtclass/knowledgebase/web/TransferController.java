package org.virtclass.knowledgebase.web;

import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.virtclass.knowledgebase.Author;
import org.virtclass.knowledgebase.ChangeSource;
import org.virtclass.knowledgebase.ImportPlan;
import org.virtclass.knowledgebase.ImportStatus;
import org.virtclass.knowledgebase.KnowledgeBaseProperties;
import org.virtclass.knowledgebase.KnowledgeBaseTransfer;

/**
 * Export as a zip; import a zip or a YAML file with a preview first, then apply on
 * confirmation.
 */
@Controller
@RequestMapping("/instructor/transfer")
class TransferController {

	private static final String VIEW_TRANSFER = "knowledgebase/instructor/transfer";

	private static final String VIEW_PREVIEW = "knowledgebase/instructor/importPreview";

	private final KnowledgeBaseTransfer transfer;

	private final KnowledgeBaseProperties properties;

	private final Flash flash;

	TransferController(KnowledgeBaseTransfer transfer, KnowledgeBaseProperties properties, Flash flash) {
		this.transfer = transfer;
		this.properties = properties;
		this.flash = flash;
	}

	@GetMapping
	String page(Model model) {
		model.addAttribute("maxMegabytes", this.properties.maxImportBytes() / (1024 * 1024));
		return VIEW_TRANSFER;
	}

	@GetMapping("/export")
	void export(HttpServletResponse response) throws IOException {
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"knowledge-base-" + LocalDate.now(ZoneOffset.UTC) + ".zip\"");
		this.transfer.export(response.getOutputStream());
	}

	@PostMapping("/import")
	String upload(@RequestParam(required = false) MultipartFile file, Principal principal, Model model,
			RedirectAttributes redirect, Locale locale) throws IOException {
		if (file == null || file.isEmpty()) {
			this.flash.add(redirect, locale, "kb.import.noFile");
			return "redirect:/instructor/transfer";
		}
		if (file.getSize() > this.properties.maxImportBytes()) {
			this.flash.add(redirect, locale, "kb.import.tooLarge", this.properties.maxImportBytes() / (1024 * 1024));
			return "redirect:/instructor/transfer";
		}
		String token = this.transfer.store(file.getOriginalFilename(), file.getBytes(), principal.getName());
		return "redirect:/instructor/transfer/import/" + token;
	}

	@GetMapping("/import/{token}")
	String preview(@PathVariable String token, Principal principal, Model model, HttpServletResponse response) {
		KnowledgeBaseTransfer.Upload upload = find(token, principal);
		if (this.transfer.hasUnreadableName(upload)) {
			// The page still shows the preview, with the bad name escaped among the
			// invalid entries.
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		model.addAttribute("token", token);
		model.addAttribute("plan", this.transfer.preview(upload));
		model.addAttribute("statuses", ImportStatus.values());
		return VIEW_PREVIEW;
	}

	@PostMapping("/import/{token}")
	String apply(@PathVariable String token, Principal principal, RedirectAttributes redirect, Locale locale) {
		KnowledgeBaseTransfer.Upload upload = find(token, principal);
		ImportPlan done = this.transfer.apply(upload, new Author(principal.getName(), ChangeSource.IMPORT));
		this.flash.add(redirect, locale, "kb.import.applied", done.count(ImportStatus.ADDED),
				done.count(ImportStatus.CHANGED), done.count(ImportStatus.UNCHANGED), done.count(ImportStatus.INVALID));
		return "redirect:/instructor/audit";
	}

	@PostMapping("/import/{token}/discard")
	String discard(@PathVariable String token, Principal principal, RedirectAttributes redirect, Locale locale) {
		this.transfer.discard(find(token, principal));
		this.flash.add(redirect, locale, "kb.import.discarded");
		return "redirect:/instructor/transfer";
	}

	private KnowledgeBaseTransfer.Upload find(String token, Principal principal) {
		return this.transfer.upload(token, principal.getName())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
